package org.twinninglive.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.twinninglive.platform.SearchAnalysis;

/** A founder or partner of a project, with the school (and its country) they joined from (P3). */
@Entity
@Table(name = "project_member")
@IdClass(ProjectMember.Key.class)
public class ProjectMember {

    /** The composite key: project and person. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String project;
        String profileId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(project, key.project)
                    && Objects.equals(profileId, key.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(project, profileId);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "project_id")
    private Project project;

    @Id
    @Column(name = "profile_id", length = 36)
    @KeywordField
    private String profileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartnerRole role;

    @Column(name = "school_id", nullable = false, length = 36)
    private String schoolId;

    @Column(name = "school_name", nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String schoolName;

    @Column(nullable = false, length = 2)
    @KeywordField
    private String country;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected ProjectMember() {
    }

    ProjectMember(Project project, Teacher teacher, PartnerRole role, Instant now) {
        this.project = project;
        this.profileId = teacher.profileId();
        this.role = role;
        this.schoolId = teacher.schoolId();
        this.schoolName = teacher.schoolName();
        this.country = teacher.country();
        this.joinedAt = now;
    }

    void become(PartnerRole role) {
        this.role = role;
    }

    public String profileId() {
        return profileId;
    }

    public PartnerRole role() {
        return role;
    }

    public boolean founder() {
        return role == PartnerRole.FOUNDER;
    }

    public String schoolId() {
        return schoolId;
    }

    public String schoolName() {
        return schoolName;
    }

    public String country() {
        return country;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
