package org.twinninglive.people;

import java.io.Serializable;
import org.twinninglive.platform.InvalidInputException;

/**
 * A user's privacy choices (U4). Search engines may index a profile only when it is also
 * visible to everyone: "indexable" cannot open what "visibility" keeps closed.
 *
 * @param acceptsContactRequests whether others may send contact requests (C2)
 * @param acceptsMessages        whether contacts and project partners may write to the user (N3)
 */
public record PrivacySettings(Visibility visibility, boolean searchable, boolean indexable, boolean showEmail,
                              boolean acceptsContactRequests, boolean acceptsMessages) implements Serializable {

    /** What a new account starts with: registered users only, not indexable, e-mail hidden. */
    public static final PrivacySettings DEFAULTS = new PrivacySettings(Visibility.REGISTERED, true, false, false, true,
            true);

    public PrivacySettings {
        if (visibility == null) {
            throw new InvalidInputException("visibility", "visibility is required: EVERYONE, REGISTERED or CONTACTS.")
                    .shownAs("privacy.visibility");
        }
    }

    /** Whether robots may index the profile page. */
    public boolean robotsMayIndex() {
        return indexable && visibility == Visibility.EVERYONE;
    }

    /** Reads a visibility as sent by a form or a JSON body. */
    public static Visibility visibilityOf(String value) {
        if (value != null) {
            for (Visibility v : Visibility.values()) {
                if (v.name().equalsIgnoreCase(value.strip())) {
                    return v;
                }
            }
        }
        throw new InvalidInputException("visibility", "visibility is required: EVERYONE, REGISTERED or CONTACTS.")
                .shownAs("privacy.visibility");
    }
}
