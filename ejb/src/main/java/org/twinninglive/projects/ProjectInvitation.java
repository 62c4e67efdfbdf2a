package org.twinninglive.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation to found a project together (while pending) or to join it as a partner (once open); answered once. */
@Entity
@Table(name = "project_invitation")
public class ProjectInvitation {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "invitee_id", nullable = false, length = 36)
    private String inviteeId;

    @Column(name = "inviter_id", length = 36)
    private String inviterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartnerRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ProjectInvitation() {
    }

    ProjectInvitation(Project project, String inviterId, String inviteeId, PartnerRole role, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.project = project;
        this.inviterId = inviterId;
        this.inviteeId = inviteeId;
        this.role = role;
        this.status = InvitationStatus.PENDING;
        this.createdAt = now;
    }

    void answer(InvitationStatus answer, Instant now) {
        this.status = answer;
        this.decidedAt = now;
    }

    /** A co-founder invitation still open when the project opens becomes a partner's. */
    void asPartner() {
        this.role = PartnerRole.PARTNER;
    }

    void inviterErased() {
        this.inviterId = null;
    }

    public boolean pending() {
        return status == InvitationStatus.PENDING;
    }

    public String id() {
        return id;
    }

    Project project() {
        return project;
    }

    public String projectId() {
        return project.id();
    }

    public String inviteeId() {
        return inviteeId;
    }

    public String inviterId() {
        return inviterId;
    }

    public PartnerRole role() {
        return role;
    }

    public InvitationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
