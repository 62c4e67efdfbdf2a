package org.twinninglive.progression;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user's points in one area: the materialised bar, kept in step with the ledger. */
@Entity
@Table(name = "progression_bar")
public class AreaPoints {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int points;

    protected AreaPoints() {
    }

    AreaPoints(String profileId, Area area, int points) {
        this.key = new Key(profileId, area);
        this.points = points;
    }

    void add(int more) {
        points += more;
    }

    public String profileId() {
        return key.profileId;
    }

    public Area area() {
        return key.area;
    }

    public int points() {
        return points;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "profile_id", length = 36)
        private String profileId;

        @Enumerated(EnumType.STRING)
        @Column(length = 40)
        private Area area;

        protected Key() {
        }

        Key(String profileId, Area area) {
            this.profileId = profileId;
            this.area = area;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.profileId.equals(profileId) && key.area == area;
        }

        @Override
        public int hashCode() {
            return Objects.hash(profileId, area);
        }
    }
}
