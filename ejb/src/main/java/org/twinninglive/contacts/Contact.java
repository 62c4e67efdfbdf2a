package org.twinninglive.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One side of a mutual contact (C2): each contact is two rows, one per owner. */
@Entity
@Table(name = "contact")
@IdClass(Contact.Key.class)
public class Contact {

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String ownerId;
        private String contactId;

        public Key() {
        }

        public Key(String ownerId, String contactId) {
            this.ownerId = ownerId;
            this.contactId = contactId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(ownerId, key.ownerId) && Objects.equals(contactId, key.contactId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, contactId);
        }
    }

    @Id
    @Column(name = "owner_id", length = 36)
    private String ownerId;

    @Id
    @Column(name = "contact_id", length = 36)
    private String contactId;

    @Column(nullable = false)
    private Instant since;

    protected Contact() {
    }

    Contact(String ownerId, String contactId, Instant since) {
        this.ownerId = ownerId;
        this.contactId = contactId;
        this.since = since;
    }

    public String ownerId() {
        return ownerId;
    }

    public String contactId() {
        return contactId;
    }

    public Instant since() {
        return since;
    }
}
