package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** The chains below are the ones WildFly, IronJacamar, Hibernate and the PostgreSQL driver build. */
class OutagesTest {

    private static final String POOL = "IJ000453: Unable to get managed connection for java:jboss/datasources/TwinningDS";

    @Test
    void aDatabaseThatRefusesConnectionsIsUnavailableThroughEveryWrapper() {
        var refused = new SQLException("Connection to 127.0.0.1:15432 refused.", "08001");
        var pool = new SQLException(new ResourceException(POOL,
                new ResourceException("IJ031084: Unable to create connection", refused)));
        var atTheService = new EJBException(new PersistenceException("Unable to acquire JDBC Connection",
                new GenericJDBCException("Unable to acquire JDBC Connection", pool)));

        assertThat(Outages.databaseUnavailable(atTheService)).isTrue();
        assertThat(Outages.evidence(atTheService)).containsSame(pool.getCause());
    }

    @Test
    void aPoolWithNoConnectionToGiveWithinItsTimeoutIsUnavailable() {
        var exhausted = new SQLException(new ResourceException(POOL, new ResourceException(
                "IJ000655: No managed connections available within configured blocking timeout (5000 [ms])")));

        assertThat(Outages.databaseUnavailable(new EJBException(new PersistenceException(exhausted)))).isTrue();
    }

    @Test
    void aConnectionLostDuringATransactionIsUnavailable() {
        var lost = new JDBCConnectionException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(Outages.databaseUnavailable(new EJBTransactionRolledbackException("rolled back", lost))).isTrue();
        // Hibernate's own verdict counts too, whatever the driver's state said
        assertThat(Outages.databaseUnavailable(new JDBCConnectionException("gone", new SQLException("closed"))))
                .isTrue();
    }

    @Test
    void aRestartingOrFullPostgresqlIsUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300"}) {
            var answer = new SQLException("FATAL: the database system is shutting down", state);

            assertThat(Outages.databaseUnavailable(new PersistenceException(answer))).as(state).isTrue();
        }
    }

    @Test
    void theJdbcConnectionExceptionTypesAreUnavailableWithoutAState() {
        assertThat(Outages.databaseUnavailable(new SQLNonTransientConnectionException("Connection is closed")))
                .isTrue();
        assertThat(Outages.databaseUnavailable(new SQLTransientConnectionException("try later"))).isTrue();
    }

    @Test
    void aCommitThatCouldNotReachTheDatabaseIsUnavailable() {
        var commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new XAException(XAException.XAER_RMFAIL));

        assertThat(Outages.databaseUnavailable(new EJBTransactionRolledbackException("commit", commit))).isTrue();
    }

    @Test
    void theDriversNextExceptionIsRead() {
        var batch = new BatchUpdateException("Batch entry 0 update profile was aborted.", null, 0, new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(Outages.databaseUnavailable(new PersistenceException(batch))).isTrue();
    }

    @Test
    void aNamedOutageStaysOne() {
        assertThat(Outages.databaseUnavailable(new RuntimeException(new DatabaseUnavailableException(null))))
                .isTrue();
    }

    @Test
    void bugsRefusalsAndRacesAreNoOutage() {
        assertThat(Outages.databaseUnavailable(new IllegalStateException("a bug"))).isFalse();
        assertThat(Outages.databaseUnavailable(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key value", "23505"))))).isFalse();
        assertThat(Outages.databaseUnavailable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(Outages.databaseUnavailable(new SQLException("no state"))).isFalse();
        assertThat(Outages.databaseUnavailable(new OptimisticLockException("row was updated"))).isFalse();
        assertThat(Outages.databaseUnavailable(new NotFoundException("The profile"))).isFalse();
        assertThat(Outages.databaseUnavailable(new XAException(XAException.XA_RBDEADLOCK))).isFalse();
        assertThat(Outages.databaseUnavailable(null)).isFalse();
    }

    @Test
    void anotherFailureOfThePoolIsNoOutage() {
        var inactive = new ResourceException("IJ000459: Transaction is not active: tx=TransactionImple < ... >");

        assertThat(Outages.databaseUnavailable(new EJBException(new PersistenceException(inactive)))).isFalse();
    }

    @Test
    void aTransactionThatTimedOutIsNoOutage() {
        var timedOut = new SQLTimeoutException("IJ031070: Transaction cannot proceed: STATUS_MARKED_ROLLBACK");

        assertThat(Outages.databaseUnavailable(new EJBException(new PersistenceException(timedOut)))).isFalse();
    }

    @Test
    void aChainThatLoopsEnds() {
        var one = new RuntimeException("one");
        var other = new RuntimeException("other", one);
        one.initCause(other);

        assertThat(Outages.databaseUnavailable(one)).isFalse();
    }
}
