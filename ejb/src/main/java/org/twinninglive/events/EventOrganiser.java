package org.twinninglive.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An organiser of an event: its maker, or a co-organiser they added (E1). */
@Entity
@Table(name = "event_organiser")
@IdClass(EventOrganiser.Key.class)
public class EventOrganiser {

    /** The organiser's key: the event and the person. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String event;
        private String profileId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(event, key.event) && Objects.equals(profileId, key.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(event, profileId);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "event_id")
    private Event event;

    @Id
    @Column(name = "profile_id", length = 36)
    @KeywordField
    private String profileId;

    protected EventOrganiser() {
    }

    EventOrganiser(Event event, String profileId) {
        this.event = event;
        this.profileId = profileId;
    }

    public String profileId() {
        return profileId;
    }
}
