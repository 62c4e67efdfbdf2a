package org.twinninglive.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers: a load balancer sends no traffic to a node without it. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/TwinningDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("database");
        try (var connection = dataSource.getConnection()) {
            return check.status(connection.isValid(2)).build();
        } catch (SQLException unreachable) {
            return check.down().withData("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}
