package org.twinninglive.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user or partner system caused and can understand. Services throw its
 * subclasses; the doors translate them (problem+json in the API, a message on pages).
 * Rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class TwinningException extends RuntimeException {

    protected TwinningException(String message) {
        super(message);
    }
}
