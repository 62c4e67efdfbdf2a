package org.twinninglive.projects;

import java.util.Locale;
import org.twinninglive.platform.ConflictException;

/**
 * Why an invitation to a project cannot be sent (P3): "the most common causes" of the seed, each
 * with its words for the teacher (bundle key {@code refusal.project.invitation.<slug>}) and its
 * slug, which ends the API's problem type.
 */
public enum InvitationRefusal {
    SELF_INVITATION("You cannot invite yourself."),
    PROJECT_CLOSED("The project is closed or was rejected: nobody can be invited to it."),
    PROJECT_PENDING("The project waits for its validation: it may have one co-founder now, partners once it is open."),
    ALREADY_PARTNER("This person is already a member of the project."),
    ALREADY_INVITED("This person is already invited and has not answered yet."),
    NOT_A_CONTACT("Only your contacts can be invited: invite this person to your contacts first."),
    CONTACT_PENDING("Your contact request to this person is not accepted yet."),
    NOT_VALIDATED("This person's account is not validated by their National Support Service yet."),
    NO_CURRENT_SCHOOL("This person has no current school in their profile.");

    private final String detail;

    InvitationRefusal(String detail) {
        this.detail = detail;
    }

    /** The cause in the API: {@code not-a-contact}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The refusal to throw: a 409 whose problem type ends with the slug. */
    public ConflictException refusal() {
        var refusal = new ConflictException(detail, slug());
        refusal.shownAs("project.invitation." + slug());
        return refusal;
    }
}
