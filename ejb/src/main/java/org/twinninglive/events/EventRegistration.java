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

/** A participant of an event, or someone waiting for a seat (E7), first come first served. */
@Entity
@Table(name = "event_registration")
public class EventRegistration {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(name = "profile_id", nullable = false, length = 36)
    private String profileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected EventRegistration() {
    }

    EventRegistration(Event event, String profileId, RegistrationStatus status, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.event = event;
        this.profileId = profileId;
        this.status = status;
        this.registeredAt = now;
    }

    void promote() {
        status = RegistrationStatus.REGISTERED;
    }

    public String profileId() {
        return profileId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
