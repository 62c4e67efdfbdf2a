package org.twinninglive.support;

import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the proxies between the test server and what it talks to before the server starts (a
 * launcher session opens before the first test class, whose Arquillian extension starts WildFly)
 * and stops them when the suite is done. The database proxy runs when
 * {@code test.postgresql.proxy.port} is set, the PostgreSQL pass, whose DB_URL names that port;
 * it forwards to {@code test.postgresql.host}:{@code test.postgresql.port} (127.0.0.1:5432). The
 * tests' SMTP server ({@link Mailbox}) starts and stops with them.
 * Registered in META-INF/services.
 */
public class ProxiesSession implements LauncherSessionListener {

    private static DatabaseProxy database;
    private static int sessions;

    /** The database proxy of this pass, when it has one. */
    public static synchronized Optional<DatabaseProxy> database() {
        return Optional.ofNullable(database);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        synchronized (ProxiesSession.class) {
            sessions++;
            String port = System.getProperty("test.postgresql.proxy.port", "");
            Mailbox.start();
            if (database == null && !port.isBlank()) {
                var proxy = new DatabaseProxy(Integer.parseInt(port.strip()),
                        System.getProperty("test.postgresql.host", "127.0.0.1"),
                        Integer.parseInt(System.getProperty("test.postgresql.port", "5432")));
                proxy.restore();
                database = proxy;
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (ProxiesSession.class) {
            sessions--;
            if (sessions == 0) {
                Mailbox.stop();
            }
            if (sessions == 0 && database != null) {
                database.close();
                database = null;
            }
        }
    }
}
