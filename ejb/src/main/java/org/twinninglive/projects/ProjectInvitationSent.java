package org.twinninglive.projects;

/** A founder invited someone to found the project with them or to join it as a partner (P3). */
public record ProjectInvitationSent(String invitationId, String projectId, String inviterId, String inviteeId,
                                    PartnerRole role, String title) {
}
