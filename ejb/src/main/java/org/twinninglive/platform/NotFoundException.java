package org.twinninglive.platform;

/** The thing does not exist, or the caller may not know that it exists: both read the same. */
public class NotFoundException extends TwinningException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
