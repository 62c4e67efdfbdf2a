package org.twinninglive.projects;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as its reader may see it (P1–P4). Anyone who may see it reads its information, its
 * members' schools and countries; members' names only to readers who may see those people (members
 * see each other); the approvals and a rejection's reason only to members and the nss;
 * {@code actions} are what the reader may do now, {@code invitationId} their own invitation to
 * answer, {@code invitations} the pending ones (founders only); {@code images} the project's
 * pictures, oldest first, {@code coverImageId} the one shown first (P4); {@code labels} the
 * quality labels it holds (P5): "NATIONAL:ES" for Spain's National Quality Label, "EUROPEAN".
 */
public record ProjectView(String id, String title, String description, String descriptionText,
                          List<String> subjects, int ageFrom, int ageTo, List<String> languages, LocalDate startsOn,
                          LocalDate endsOn, String status, Instant createdAt, Instant openedAt, Instant closedAt,
                          List<String> countries, List<Member> members, List<Approval> approvals,
                          String rejectionReason, List<String> actions, String invitationId,
                          List<InvitationView> invitations, String coverImageId, List<Image> images,
                          List<String> labels)
        implements Serializable {

    /** One of the project's pictures (a file of the store, re-encoded, with a thumbnail). */
    public record Image(String id, String name, String type, boolean cover) implements Serializable {
    }

    /** A founder or partner, with the school they joined from; {@code name} absent when the reader may not see them. */
    public record Member(String id, String name, String role, String school, String schoolId, String country,
                         Instant joinedAt) implements Serializable {
    }

    /** One founder country's decision. */
    public record Approval(String country, String status, Instant requestedAt, Instant decidedAt, String reason)
            implements Serializable {
    }

    public boolean may(String action) {
        return actions.contains(action);
    }
}
