package org.twinninglive.events;

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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Someone invited to an event (E2): a private event exists for them; they accept (and are registered) or decline. */
@Entity
@Table(name = "event_invitation")
public class EventInvitation {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(name = "profile_id", nullable = false, length = 36)
    @KeywordField
    private String profileId;

    @Column(name = "invited_by", length = 36)
    private String invitedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationStatus status;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected EventInvitation() {
    }

    EventInvitation(Event event, String profileId, String invitedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.event = event;
        this.profileId = profileId;
        this.invitedBy = invitedBy;
        this.status = InvitationStatus.PENDING;
        this.invitedAt = now;
    }

    void answer(boolean accepted) {
        status = accepted ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
    }

    void forgetInviter(String profileId) {
        if (profileId.equals(invitedBy)) {
            invitedBy = null;
        }
    }

    public String profileId() {
        return profileId;
    }

    public InvitationStatus status() {
        return status;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }
}
