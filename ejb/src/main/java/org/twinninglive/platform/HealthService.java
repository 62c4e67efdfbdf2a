package org.twinninglive.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether this node can serve: its database answers. Asked by load balancers without a token.
 * (MicroProfile Health on the management port covers the server itself; WildFly does not call
 * health checks placed inside an EAR's modules, WFLY-12835, hence this service.)
 */
@Stateless
@PermitAll
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());

    @Resource(lookup = "java:jboss/datasources/TwinningDS")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseAnswers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            LOG.warning(() -> "Database unreachable: " + unreachable.getMessage());
            return false;
        }
    }
}
