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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** The decision of one founder country's National Support Service on a project (P4). */
@Entity
@Table(name = "project_approval")
@IdClass(CountryApproval.Key.class)
public class CountryApproval {

    /** The composite key: project and country. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String project;
        String country;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(project, key.project) && Objects.equals(country, key.country);
        }

        @Override
        public int hashCode() {
            return Objects.hash(project, country);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "project_id")
    private Project project;

    @Id
    @Column(length = 2)
    @KeywordField
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApprovalStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    protected CountryApproval() {
    }

    CountryApproval(Project project, String country, Instant now) {
        this.project = project;
        this.country = country;
        this.status = ApprovalStatus.PENDING;
        this.requestedAt = now;
    }

    void decide(ApprovalStatus decision, String officerId, String reason, Instant now) {
        this.status = decision;
        this.decidedBy = officerId;
        this.reason = reason;
        this.decidedAt = now;
    }

    public String country() {
        return country;
    }

    public ApprovalStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
