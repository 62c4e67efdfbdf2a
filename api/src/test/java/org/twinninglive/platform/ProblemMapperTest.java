package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void invalidInputNamesTheField() {
        var problem = mapper.problemFor(new InvalidInputException("size", "size must be between 1 and 100."));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.field()).isEqualTo("size");
        assertThat(problem.detail()).isEqualTo("size must be between 1 and 100.");
    }

    @Test
    void domainRefusalsKeepTheirStatusEvenWrappedByTheContainer() {
        assertThat(mapper.problemFor(new EJBException(new NotFoundException("The project"))).status()).isEqualTo(404);
        assertThat(mapper.problemFor(new ForbiddenException("no")).status()).isEqualTo(403);
        assertThat(mapper.problemFor(new ConflictException("already a partner")).status()).isEqualTo(409);
        assertThat(mapper.problemFor(new EJBAccessException("WFLYEJB0364")).status()).isEqualTo(403);
    }

    @Test
    void aChangeThatLostARaceIs409HoweverWrapped() {
        var atCommit = new jakarta.ejb.EJBTransactionRolledbackException("rolled back",
                new RuntimeException(new jakarta.persistence.OptimisticLockException("row was updated")));

        assertThat(mapper.problemFor(atCommit).status()).isEqualTo(409);
        assertThat(mapper.problemFor(new jakarta.persistence.PessimisticLockException()).status()).isEqualTo(409);
    }

    @Test
    void aDatabaseOutageIs503HoweverWrappedEvenWhereARaceWouldBe409() {
        var refused = new jakarta.ejb.EJBTransactionRolledbackException("rolled back",
                new jakarta.persistence.PersistenceException(new java.sql.SQLException(
                        new jakarta.resource.ResourceException("IJ000453: Unable to get managed connection for"
                                + " java:jboss/datasources/TwinningDS", new java.sql.SQLException(
                                        "Connection to 127.0.0.1:5432 refused.", "08001")))));
        var lostWhileLocking = new jakarta.persistence.PessimisticLockException(
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));

        var problem = mapper.problemFor(refused);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).isEqualTo("The service is briefly unavailable (its database does not answer);"
                + " nothing was changed. Try again in a few seconds.");
        assertThat(mapper.problemFor(lostWhileLocking).status()).isEqualTo(503);
    }

    @Test
    void badJsonIs400() {
        assertThat(mapper.problemFor(new JsonbException("Unexpected char")).status()).isEqualTo(400);
    }

    @Test
    void theUnexpectedIs500WithoutItsInternals() {
        var problem = mapper.problemFor(new IllegalStateException("password=secret at org.hibernate"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).contains("incident").doesNotContain("secret").doesNotContain("hibernate");
    }
}
