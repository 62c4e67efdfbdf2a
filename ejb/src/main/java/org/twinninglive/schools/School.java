package org.twinninglive.schools;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.twinninglive.platform.SearchAnalysis;

/**
 * A school. Reference data read far more often than written, hence the second-level cache;
 * indexed so that teachers find theirs by any word of its name, accents or not (U3).
 */
@Entity
@Table(name = "school")
@Cacheable
@Indexed(index = "school")
public class School {

    @Id
    @Column(length = 36)
    @KeywordField
    private String id;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "name_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    @KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String name;

    @Column(nullable = false, length = 2)
    @KeywordField
    private String country;

    @Column(nullable = false, length = 120)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_type", nullable = false, length = 40)
    private SchoolType type;

    @Column(name = "national_id", length = 60)
    private String nationalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** PROPOSED by a teacher until the nss reviewing that teacher confirms it (J2); then in the registry for all. */
    @Column(nullable = false, length = 16)
    @GenericField
    private String status = CONFIRMED;

    /** The profile that proposed it, while it is a proposal. */
    @Column(name = "proposed_by", length = 36)
    private String proposedBy;

    static final String CONFIRMED = "CONFIRMED";
    static final String PROPOSED = "PROPOSED";
    /** A proposal the nss rejected with the account: out of the registry and of the duplicates' check. */
    static final String REJECTED = "REJECTED";

    protected School() {
    }

    /** A school a teacher does not find in the registry and proposes, with what the nss needs to check it. */
    static School proposed(String name, String country, String city, SchoolType type, String nationalId,
                           String proposedBy, Instant now) {
        var school = new School();
        school.id = java.util.UUID.randomUUID().toString();
        school.name = name;
        school.country = country;
        school.city = city;
        school.type = type;
        school.nationalId = nationalId;
        school.createdAt = now;
        school.status = PROPOSED;
        school.proposedBy = proposedBy;
        return school;
    }

    /** Whether it waits for the nss: then only its proposer (and their nss) know it. */
    public boolean proposal() {
        return PROPOSED.equals(status);
    }

    /** Whether it is in the registry: confirmed (neither a proposal waiting for its nss nor one rejected). */
    public boolean inRegistry() {
        return CONFIRMED.equals(status);
    }

    public String proposedBy() {
        return proposedBy;
    }

    void confirm() {
        status = CONFIRMED;
        proposedBy = null;
    }

    /** Its national id is freed, so that the teacher may propose it again, corrected. */
    void reject() {
        status = REJECTED;
        nationalId = null;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public String city() {
        return city;
    }

    public SchoolType type() {
        return type;
    }

    public String nationalId() {
        return nationalId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
