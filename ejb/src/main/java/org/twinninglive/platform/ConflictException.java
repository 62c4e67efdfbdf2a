package org.twinninglive.platform;

import java.util.Optional;

/**
 * The request is valid but clashes with the current state (already done, changed meanwhile).
 * A conflict with a named cause (a refused project invitation: {@code not-a-contact}) carries
 * it as a slug, which the API's problem {@code type} ends with, so a client can tell causes apart.
 */
public class ConflictException extends TwinningException {

    /** Where the problem types of named causes live: {@code <base><cause>}. */
    public static final String TYPE_BASE = "https://twinninglive.org/problems/";

    private final String cause;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, String cause) {
        super(message);
        this.cause = cause;
    }

    /** The problem type of a named cause, e.g. {@code https://twinninglive.org/problems/not-a-contact}. */
    public Optional<String> type() {
        return Optional.ofNullable(cause).map(slug -> TYPE_BASE + slug);
    }
}
