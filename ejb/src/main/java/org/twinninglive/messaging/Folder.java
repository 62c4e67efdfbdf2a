package org.twinninglive.messaging;

import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;

/**
 * Where a person finds their threads. INBOX: the threads in which someone else wrote to them
 * at least once, by the latest message received. SENT: the threads in which they wrote at least
 * once, by the latest message they sent. A conversation with replies on both sides is in both.
 */
public enum Folder {
    INBOX, SENT;

    /** The folder named in a request; none named is the inbox. */
    public static Folder of(String name) {
        if (name == null || name.isBlank()) {
            return INBOX;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw (InvalidInputException) new InvalidInputException("folder", "folder must be inbox or sent.")
                    .shownAs("messages.folder");
        }
    }
}
