package org.twinninglive.platform;

/**
 * A request found the database unavailable ({@link Outages} tells how): nothing was changed,
 * and the same request may succeed in a few seconds. Pages give such a failure this one name,
 * so that one error page of web.xml answers it however it was wrapped; its cause is the
 * original failure, for the log.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("The database is unavailable", cause);
    }
}
