package org.twinninglive.platform;

/** The caller may know the thing exists, but may not do this to it. */
public class ForbiddenException extends TwinningException {

    public ForbiddenException(String message) {
        super(message);
    }
}
