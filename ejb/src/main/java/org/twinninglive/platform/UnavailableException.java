package org.twinninglive.platform;

import java.util.Optional;

/**
 * A part the platform relies on (the identity provider, the video server) did not answer:
 * nothing was changed, and the same request may succeed in a moment (503). A named cause
 * ({@code video-unavailable}) ends the API's problem type, as a conflict's does.
 */
public class UnavailableException extends TwinningException {

    private final String cause;

    public UnavailableException(String message) {
        this(message, null);
    }

    public UnavailableException(String message, String cause) {
        super(message);
        this.cause = cause;
    }

    /** The problem type of a named cause, e.g. {@code https://twinninglive.org/problems/video-unavailable}. */
    public Optional<String> type() {
        return Optional.ofNullable(cause).map(slug -> ConflictException.TYPE_BASE + slug);
    }
}
