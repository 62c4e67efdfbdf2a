package org.twinninglive.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, before anything else runs.
 * The same migrations serve H2 and PostgreSQL. Demo rows (schools, the demo users' profiles)
 * come from a second location that only the demo run switches on ({@code TWINNING_DEMO_DATA}).
 */
@Startup
@DependsOn("DeploymentChecks")
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/TwinningDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "twinning.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        var locations = demoData
                ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                : new String[] {"classpath:db/migration"};
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                // demo rows may be switched off later: their applied scripts are then simply absent
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version %s (%d migrations applied now, demo data %s)"
                .formatted(result.targetSchemaVersion, result.migrationsExecuted, demoData ? "on" : "off"));
    }
}
