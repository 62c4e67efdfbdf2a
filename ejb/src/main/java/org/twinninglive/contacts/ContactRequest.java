package org.twinninglive.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation to become contacts; answered once (C2). */
@Entity
@Table(name = "contact_request")
public class ContactRequest {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "from_id", nullable = false, length = 36)
    private String fromId;

    @Column(name = "to_id", nullable = false, length = 36)
    private String toId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ContactRequest() {
    }

    ContactRequest(String fromId, String toId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.fromId = fromId;
        this.toId = toId;
        this.status = RequestStatus.PENDING;
        this.createdAt = now;
    }

    void decide(RequestStatus decision, Instant now) {
        if (status != RequestStatus.PENDING) {
            throw new IllegalStateException("request " + id + " is already " + status);
        }
        status = decision;
        decidedAt = now;
    }

    public String id() {
        return id;
    }

    public String fromId() {
        return fromId;
    }

    public String toId() {
        return toId;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
