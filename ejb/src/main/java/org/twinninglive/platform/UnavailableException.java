package org.twinninglive.platform;

/**
 * A part the platform relies on (the identity provider) did not answer: nothing was changed, and
 * the same request may succeed in a moment (503).
 */
public class UnavailableException extends TwinningException {

    public UnavailableException(String message) {
        super(message);
    }
}
