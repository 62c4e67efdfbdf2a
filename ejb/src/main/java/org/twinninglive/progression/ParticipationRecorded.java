package org.twinninglive.progression;

import java.util.Objects;

/**
 * A feature tells progression that a user did something that may count. Fired in the
 * transaction of the action itself, so the credit and its cause commit or roll back together.
 *
 * @param profileId the user's profile id
 * @param category  an action category of the rule table, e.g. {@code module-completed}
 * @param reference what the action was about (a module id, a message id…): the same reference
 *                  of a category is credited once, however often it is reported
 * @param label     how people would name the reference (a module's title, a school's name), for
 *                  activity feeds; may be null
 * @param shown     whether followers may hear of it (false: it counts, but nobody's feed shows it, as
 *                  for a private event)
 */
public record ParticipationRecorded(String profileId, String category, String reference, String label,
                                    boolean shown) {

    public ParticipationRecorded(String profileId, String category, String reference) {
        this(profileId, category, reference, null, true);
    }

    public ParticipationRecorded(String profileId, String category, String reference, String label) {
        this(profileId, category, reference, label, true);
    }

    public ParticipationRecorded {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reference, "reference");
    }
}
