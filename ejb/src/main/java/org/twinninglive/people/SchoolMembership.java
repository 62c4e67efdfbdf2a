package org.twinninglive.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.twinninglive.schools.School;

/**
 * A teacher's time at a school (U3). Only the platform ends one, when the teacher adds their
 * next school; a teacher never edits or deletes a past membership.
 */
@Entity
@Table(name = "school_membership")
public class SchoolMembership {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "profile_id", nullable = false, length = 36)
    private String profileId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected SchoolMembership() {
    }

    SchoolMembership(String profileId, School school, LocalDate startedOn) {
        this.id = UUID.randomUUID().toString();
        this.profileId = profileId;
        this.school = school;
        this.startedOn = startedOn;
    }

    void end(LocalDate on) {
        endedOn = on;
    }

    public String id() {
        return id;
    }

    public School school() {
        return school;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }
}
