package org.twinninglive.platform;

/** The request is valid but clashes with the current state (already done, changed meanwhile). */
public class ConflictException extends TwinningException {

    public ConflictException(String message) {
        super(message);
    }
}
