package org.twinninglive.projects;

import java.io.Serializable;
import java.time.Instant;

/** An invitation to a project: to found it together (role FOUNDER) or to join it as a partner. */
public record InvitationView(String id, String projectId, String projectTitle, String inviteeId, String inviteeName,
                             String inviterId, String inviterName, String role, String status, Instant createdAt)
        implements Serializable {
}
