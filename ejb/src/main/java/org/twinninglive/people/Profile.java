package org.twinninglive.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Sortable;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SearchAnalysis;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.TimeZones;
import org.twinninglive.schools.School;

/**
 * A user's profile. Its id is the platform's own opaque id, never the identity provider's
 * subject, so that ids shown in pages and the API reveal nothing about accounts elsewhere.
 * Born at the first sign-in; each later sign-in refreshes what the identity provider owns
 * (e-mail, country, roles, and the name until the user chooses one) and leaves what the user
 * chose here alone. Indexed for people search (F1–F3) with the fields search filters on.
 */
@Entity
@Table(name = "profile")
@Indexed(index = "profile")
public class Profile {

    /** Sign-ins closer together than this do not rewrite the row: most requests only read. */
    static final Duration SIGN_IN_RECORD_INTERVAL = Duration.ofMinutes(15);

    /** What an erased account is shown as where its authored content stays (U5). */
    static final String FORMER_MEMBER = "Former member";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 64)
    private String subject;

    @Column(nullable = false, length = 120)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "name_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    @KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String displayName;

    @Column(name = "name_chosen", nullable = false)
    private boolean nameChosen;

    @Column(length = 254)
    private String email;

    @Column(length = 2)
    @KeywordField
    private String country;

    @Column(nullable = false, length = 8)
    private String language;

    /** The zone the user chose (an IANA id); null while they have not: their country's applies. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(length = 2000)
    private String bio;

    @Column(name = "pupils_age_from")
    @GenericField
    private Integer pupilsAgeFrom;

    @Column(name = "pupils_age_to")
    @GenericField
    private Integer pupilsAgeTo;

    @ElementCollection
    @CollectionTable(name = "profile_role", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "role", length = 20)
    @KeywordField
    private Set<String> roles = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_subject", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "subject", length = 40)
    @KeywordField
    private Set<String> subjects = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_language", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "language", length = 8)
    @KeywordField
    private Set<String> languages = new TreeSet<>();

    /** The one current school (U3); the history lives in school_membership. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_school_id")
    @IndexedEmbedded(includePaths = {"id", "name", "name_prefix"})
    // a school's rename is rare and reaches the index by re-indexing (SearchIndexing), not per profile
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private School currentSchool;

    @Column(name = "photo_version", nullable = false)
    private int photoVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private Visibility visibility = Visibility.REGISTERED;

    @Column(nullable = false)
    @GenericField
    private boolean searchable = true;

    @Column(nullable = false)
    private boolean indexable;

    @Column(name = "show_email", nullable = false)
    private boolean showEmail;

    @Column(name = "accepts_contact_requests", nullable = false)
    private boolean acceptsContactRequests = true;

    @Column(name = "accepts_messages", nullable = false)
    private boolean acceptsMessages = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "validation_status", nullable = false, length = 24)
    private ValidationStatus validationStatus = ValidationStatus.VALIDATED;

    @Column(name = "validation_country", length = 2)
    private String validationCountry;

    @Column(name = "validation_requested_at")
    private Instant validationRequestedAt;

    @Column(name = "validation_reason", length = 500)
    private String validationReason;

    @Column(name = "deletion_due_at")
    private Instant deletionDueAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Written at the first sign-in, then only aside (ProfileRepository.recordSignIn), never by a versioned update. */
    @Column(name = "last_sign_in_at", nullable = false, updatable = false)
    private Instant lastSignInAt;

    /** A sign-in recorded aside during this transaction (see {@link #signedInAt}); not a column. */
    @Transient
    private Instant signInRecordedNow;

    @Version
    private long version;

    protected Profile() {
    }

    static Profile firstSignIn(SignedInIdentity identity, Instant now) {
        var profile = new Profile();
        profile.id = UUID.randomUUID().toString();
        profile.subject = identity.subject();
        profile.language = Language.DEFAULT.tag();
        profile.createdAt = now;
        profile.lastSignInAt = now;
        profile.copyFrom(identity);
        // support staff are appointed, not reviewed; everyone else waits for their nss (U6)
        if (!identity.roles().contains(Roles.NSS) && !identity.roles().contains(Roles.CSS)) {
            profile.awaitValidation(identity.country(), now);
        }
        return profile;
    }

    /**
     * Takes in what the identity provider says now. Leaves the row untouched when nothing
     * changed, so reads do not turn into versioned writes that could clash with each other.
     *
     * @return whether the time of this sign-in is to be recorded (the last record is older than
     *         {@link #SIGN_IN_RECORD_INTERVAL}): the caller writes it aside, without the row's
     *         version (ProfileRepository.recordSignIn)
     */
    boolean signIn(SignedInIdentity identity, Instant now) {
        if (!subject.equals(identity.subject())) {
            throw new IllegalArgumentException("a profile signs in only its own account");
        }
        boolean claimsChanged = !Objects.equals(username, identity.username())
                || (!nameChosen && !Objects.equals(displayName, identity.name()))
                || !Objects.equals(email, identity.email())
                || countryChanged(identity)
                || !roles.equals(identity.roles());
        if (claimsChanged) {
            copyFrom(identity);
        }
        return lastSignInAt.plus(SIGN_IN_RECORD_INTERVAL).isBefore(now);
    }

    /** The sign-in time was just written aside: this object tells it too, without a versioned write. */
    void signedInAt(Instant now) {
        signInRecordedNow = now;
    }

    void chooseLanguage(Language chosen) {
        language = chosen.tag();
    }

    void chooseTimeZone(ZoneId chosen) {
        timeZone = chosen.getId();
    }

    void edit(PersonalInformation information) {
        if (!information.name().equals(displayName)) {
            displayName = information.name();
            nameChosen = true;
        }
        bio = information.bio();
        subjects.clear();
        information.subjects().forEach(s -> subjects.add(s.name()));
        languages.clear();
        languages.addAll(information.languages());
        pupilsAgeFrom = information.pupilsAgeFrom();
        pupilsAgeTo = information.pupilsAgeTo();
    }

    /** Whether the profile is complete (the profile-completed credit), as {@link ProfileCompleteness} defines it. */
    boolean complete() {
        return completeness().complete();
    }

    /** What a complete profile would still need; the reference to the school is not loaded for it. */
    public ProfileCompleteness completeness() {
        return ProfileCompleteness.of(displayName, bio, subjects, languages, pupilsAgeFrom, pupilsAgeTo,
                currentSchool != null);
    }

    void choosePrivacy(PrivacySettings settings) {
        visibility = settings.visibility();
        searchable = settings.searchable();
        indexable = settings.indexable();
        showEmail = settings.showEmail();
        acceptsContactRequests = settings.acceptsContactRequests();
        acceptsMessages = settings.acceptsMessages();
    }

    void photoChanged() {
        photoVersion++;
    }

    void joinSchool(School school) {
        currentSchool = school;
        country = school.country();
    }

    void awaitValidation(String reviewingCountry, Instant now) {
        validationStatus = ValidationStatus.PENDING_VALIDATION;
        validationCountry = reviewingCountry;
        validationRequestedAt = now;
        validationReason = null;
    }

    void validate() {
        validationStatus = ValidationStatus.VALIDATED;
        validationReason = null;
    }

    void reject(String reason) {
        validationStatus = ValidationStatus.REJECTED;
        validationReason = reason;
    }

    void scheduleDeletion(Instant due) {
        deletionDueAt = due;
    }

    void cancelDeletion() {
        deletionDueAt = null;
    }

    /**
     * Erases what identifies the person (U5). The row stays, named "former member", so that
     * what they wrote keeps an author; nothing of it is searchable or visible any more.
     */
    void erase(Instant now) {
        subject = "erased:" + id;
        username = "erased-" + id;
        displayName = FORMER_MEMBER;
        nameChosen = true;
        email = null;
        bio = null;
        timeZone = null;
        roles.clear();
        subjects.clear();
        languages.clear();
        pupilsAgeFrom = null;
        pupilsAgeTo = null;
        currentSchool = null;
        photoVersion = 0;
        visibility = Visibility.CONTACTS;
        searchable = false;
        indexable = false;
        showEmail = false;
        acceptsContactRequests = false;
        acceptsMessages = false;
        validationReason = null;
        deletionDueAt = null;
        erasedAt = now;
    }

    private void copyFrom(SignedInIdentity identity) {
        username = identity.username();
        if (!nameChosen) {
            displayName = identity.name();
        }
        email = identity.email();
        if (countryChanged(identity)) {
            country = identity.country();
            // a teacher without a school is reviewed in the country they gave at registration, even once changed
            if (currentSchool == null && validationStatus == ValidationStatus.PENDING_VALIDATION
                    && !identity.roles().contains(Roles.NSS) && !identity.roles().contains(Roles.CSS)) {
                validationCountry = country;
            }
        }
        if (!roles.equals(identity.roles())) {
            roles.clear();
            roles.addAll(identity.roles());
        }
    }

    /**
     * Whether the identity provider's country is news. A teacher's country is their school's once
     * they have one (J1: the country chosen at registration only starts it); an officer's is always
     * the identity provider's, as it decides whose accounts they review.
     */
    private boolean countryChanged(SignedInIdentity identity) {
        if (Objects.equals(country, identity.country())) {
            return false;
        }
        boolean officer = identity.roles().contains(Roles.NSS) || identity.roles().contains(Roles.CSS);
        return officer || currentSchool == null || !Objects.equals(country, currentSchool.country());
    }

    /**
     * The person as their own reader, for what is rendered for them while they are not signed in
     * (an e-mail): what they may see is decided as if they were.
     */
    public org.twinninglive.platform.SignedInIdentity asReader() {
        return new org.twinninglive.platform.SignedInIdentity(subject, username, displayName, email, country, roles);
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String country() {
        return country;
    }

    public Language language() {
        return Language.fromTag(language);
    }

    /** The zone dates are shown in to this user: the one they chose, or else their country's. */
    public ZoneId timeZone() {
        return timeZone != null ? ZoneId.of(timeZone) : TimeZones.defaultFor(country);
    }

    public String bio() {
        return bio;
    }

    public Integer pupilsAgeFrom() {
        return pupilsAgeFrom;
    }

    public Integer pupilsAgeTo() {
        return pupilsAgeTo;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public Set<String> subjects() {
        return Set.copyOf(subjects);
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public School currentSchool() {
        return currentSchool;
    }

    public int photoVersion() {
        return photoVersion;
    }

    public Visibility visibility() {
        return visibility;
    }

    public boolean searchable() {
        return searchable;
    }

    public boolean indexable() {
        return indexable;
    }

    public boolean showEmail() {
        return showEmail;
    }

    public boolean acceptsContactRequests() {
        return acceptsContactRequests;
    }

    public boolean acceptsMessages() {
        return acceptsMessages;
    }

    public ValidationStatus validationStatus() {
        return validationStatus;
    }

    public String validationCountry() {
        return validationCountry;
    }

    public Instant validationRequestedAt() {
        return validationRequestedAt;
    }

    public String validationReason() {
        return validationReason;
    }

    public Instant deletionDueAt() {
        return deletionDueAt;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public PrivacySettings privacy() {
        return new PrivacySettings(visibility, searchable, indexable, showEmail, acceptsContactRequests, acceptsMessages);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return signInRecordedNow != null ? signInRecordedNow : lastSignInAt;
    }
}
