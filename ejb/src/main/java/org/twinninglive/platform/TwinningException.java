package org.twinninglive.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user or partner system caused and can understand. Services throw its
 * subclasses; the doors translate them (problem+json in the API, a message on pages).
 * Rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class TwinningException extends RuntimeException {

    private static final Object[] NONE = {};

    private String textKey;
    private Object[] textArguments = NONE;

    protected TwinningException(String message) {
        super(message);
    }

    /**
     * Names the text pages show for this refusal, in the reader's language: the key
     * {@code refusal.<key>} of the pages' bundle, its {0}, {1}… filled in with the arguments.
     * The message stays the API's problem detail, written for developers.
     */
    public TwinningException shownAs(String key, Object... arguments) {
        this.textKey = key;
        this.textArguments = arguments.clone();
        return this;
    }

    /** The key of the pages' text (without {@code refusal.}), or null when none was named. */
    public String textKey() {
        return textKey;
    }

    public Object[] textArguments() {
        return textArguments.clone();
    }
}
