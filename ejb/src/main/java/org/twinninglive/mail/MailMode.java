package org.twinninglive.mail;

import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;

/** How a person wants the e-mails of one kind (N4). */
public enum MailMode {
    /** One mail as soon as it happens: the default. */
    IMMEDIATELY,
    /** One mail a day with everything since the last one. */
    DAILY,
    /** No mail; the notification stays on the platform. */
    NEVER;

    static MailMode of(String value, String field) {
        if (value != null) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // refused below
            }
        }
        throw new InvalidInputException(field, field + " must be IMMEDIATELY, DAILY or NEVER.")
                .shownAs("mail.mode.invalid");
    }
}
