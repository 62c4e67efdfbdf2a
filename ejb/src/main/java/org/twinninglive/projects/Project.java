package org.twinninglive.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.twinninglive.platform.SearchAnalysis;
import org.twinninglive.media.RichText;
import org.twinninglive.people.Subject;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;

/**
 * A project (P1, P3, P4) and its rules. Its life cycle:
 * <ul>
 * <li>a validated teacher with a current school creates it: {@code PENDING}, with their school's
 * country waiting for its National Support Service; while pending, the creator may invite one
 * co-founder among their contacts, whose acceptance adds their country's decision;</li>
 * <li>when every founder country's nss has approved, it is {@code OPEN}: founders invite partners
 * (contacts only, each refusal with its {@link InvitationRefusal cause}), remove them, set their
 * roles; partners leave; a co-founder invitation still unanswered becomes a partner's;</li>
 * <li>one nss's rejection makes it {@code REJECTED}, with the reason the founders read;</li>
 * <li>founders close an open project ({@code CLOSED}: read-only) and reopen it.</li>
 * </ul>
 * A project never loses its last founder: the sole founder who leaves names a partner to take
 * over; when their account is erased the longest-standing partner does, and with no member left
 * an open project is closed (a pending one, never public, is withdrawn: rejected without a reason). A pending
 * project whose founder of a country is erased no longer waits for that country. Every refused
 * transition is refused here, whoever asks.
 */
@Entity
@Table(name = "project")
@Indexed(index = "project")
public class Project {

    /** At most two founders while the project is pending (eTwinning's founder and co-founder). */
    static final int FOUNDERS_AT_START = 2;

    /** A project shows at most this many images (P4). */
    public static final int MOST_IMAGES = 10;


    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String title;

    @Column(name = "description_html", nullable = false, length = 20000)
    private String descriptionHtml;

    @Column(name = "description_text", nullable = false, length = 20000)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String descriptionText;

    // a page of projects reads its parts in a few queries, not one per project
    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "project_subject", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "subject", length = 40)
    @Enumerated(EnumType.STRING)
    @KeywordField
    private Set<Subject> subjects = EnumSet.noneOf(Subject.class);

    // a page of projects reads its parts in a few queries, not one per project
    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "project_language", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "language", length = 8)
    @KeywordField
    private Set<String> languages = new TreeSet<>();

    @Column(name = "age_from", nullable = false)
    @GenericField
    private int ageFrom;

    @Column(name = "age_to", nullable = false)
    @GenericField
    private int ageTo;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private ProjectStatus status;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    /** The image shown first and in lists (a file of the store attached to this project), or none. */
    @Column(name = "cover_image_id", length = 36)
    private String coverImageId;

    /** The quality labels it holds (P5): "NATIONAL:ES" for Spain's National Quality Label, "EUROPEAN". */
    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "project_label", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "label", length = 16)
    private Set<String> labels = new TreeSet<>();

    @Version
    private long version;

    // a page of projects reads its parts in a few queries, not one per project
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedAt")
    @IndexedEmbedded(includePaths = {"country", "profileId", "schoolName"})
    private List<ProjectMember> members = new ArrayList<>();

    // a page of projects reads its parts in a few queries, not one per project
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedAt")
    @IndexedEmbedded(includePaths = {"country"})
    private List<CountryApproval> approvals = new ArrayList<>();

    // a page of projects reads its parts in a few queries, not one per project
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    private List<ProjectInvitation> invitations = new ArrayList<>();

    protected Project() {
    }

    /** A new project, pending its founder country's nss; the founder must be validated and have a school. */
    public static Project create(Teacher founder, ProjectInformation information, Instant now) {
        if (!founder.validated()) {
            throw new ForbiddenException("Your account is not validated yet: your National Support Service"
                    + " reviews it first.").shownAs("project.create.notValidated");
        }
        if (!founder.hasSchool()) {
            throw new ForbiddenException("Add your current school to your profile first: a project is made"
                    + " between schools.").shownAs("project.create.noSchool");
        }
        var project = new Project();
        project.id = UUID.randomUUID().toString();
        project.status = ProjectStatus.PENDING;
        project.createdBy = founder.profileId();
        project.createdAt = now;
        project.describe(information);
        project.members.add(new ProjectMember(project, founder, PartnerRole.FOUNDER, now));
        project.approvals.add(new CountryApproval(project, founder.country(), now));
        return project;
    }

    /** Founders change the information of a pending or open project. */
    public void edit(String by, ProjectInformation information) {
        requireEditable(by);
        describe(information);
    }

    /**
     * A founder invites someone: a co-founder while the project is pending (one at most), a
     * partner once it is open. Refused with the cause a teacher understands.
     */
    public ProjectInvitation invite(String by, Teacher invitee, Instant now) {
        requireFounder(by);
        InvitationRefusal refusal = refusalFor(by, invitee);
        if (refusal != null) {
            throw refusal.refusal();
        }
        var role = status == ProjectStatus.PENDING ? PartnerRole.FOUNDER : PartnerRole.PARTNER;
        var invitation = new ProjectInvitation(this, by, invitee.profileId(), role, now);
        invitations.add(invitation);
        return invitation;
    }

    /** The cause that refuses this invitation now, or null when it may be sent; the first cause in the teacher's order. */
    InvitationRefusal refusalFor(String by, Teacher invitee) {
        String id = invitee.profileId();
        if (id.equals(by)) {
            return InvitationRefusal.SELF_INVITATION;
        }
        if (status == ProjectStatus.CLOSED || status == ProjectStatus.REJECTED) {
            return InvitationRefusal.PROJECT_CLOSED;
        }
        if (member(id).isPresent()) {
            return InvitationRefusal.ALREADY_PARTNER;
        }
        if (invitations.stream().anyMatch(i -> i.pending() && i.inviteeId().equals(id))) {
            return InvitationRefusal.ALREADY_INVITED;
        }
        if (invitee.contact() != Teacher.Contact.CONTACT) {
            return invitee.contact() == Teacher.Contact.REQUEST_PENDING ? InvitationRefusal.CONTACT_PENDING
                    : InvitationRefusal.NOT_A_CONTACT;
        }
        if (!invitee.validated()) {
            return InvitationRefusal.NOT_VALIDATED;
        }
        if (!invitee.hasSchool()) {
            return InvitationRefusal.NO_CURRENT_SCHOOL;
        }
        if (status == ProjectStatus.PENDING && !roomForCoFounder()) {
            return InvitationRefusal.PROJECT_PENDING;
        }
        return null;
    }

    /** The invitee accepts: a co-founder adds their country's decision, a partner joins the open project. */
    public ProjectMember accept(String invitationId, Teacher invitee, Instant now) {
        var invitation = pendingInvitation(invitationId, invitee.profileId());
        if (status == ProjectStatus.CLOSED || status == ProjectStatus.REJECTED) {
            throw readOnly();
        }
        if (!invitee.validated()) {
            throw new ConflictException("Your account is not validated yet: you can accept once your National"
                    + " Support Service has validated it.").shownAs("project.accept.notValidated");
        }
        if (!invitee.hasSchool()) {
            throw new ConflictException("Add your current school to your profile first: you join a project with"
                    + " your school.").shownAs("project.accept.noSchool");
        }
        invitation.answer(InvitationStatus.ACCEPTED, now);
        var member = new ProjectMember(this, invitee, invitation.role(), now);
        members.add(member);
        if (invitation.role() == PartnerRole.FOUNDER && approval(invitee.country()).isEmpty()) {
            approvals.add(new CountryApproval(this, invitee.country(), now));
        }
        return member;
    }

    /** The invitee declines. */
    public void decline(String invitationId, String by, Instant now) {
        pendingInvitation(invitationId, by).answer(InvitationStatus.DECLINED, now);
    }

    /**
     * One founder country's nss decides. Returns whether the project opened (every country approved).
     * A rejection rejects the project, with the reason the founders read.
     */
    public boolean decide(String country, ApprovalStatus decision, String officerId, String reason, Instant now) {
        var part = approval(country).filter(a -> a.status() == ApprovalStatus.PENDING && status == ProjectStatus.PENDING)
                .orElseThrow(() -> new NotFoundException("The project awaiting your decision"));
        if (decision == ApprovalStatus.PENDING) {
            throw new IllegalArgumentException("a decision is APPROVED or REJECTED");
        }
        if (decision == ApprovalStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "Say why the project is rejected; its founders will read it.")
                    .shownAs("project.validation.reason");
        }
        part.decide(decision, officerId, reason, now);
        if (decision == ApprovalStatus.REJECTED) {
            status = ProjectStatus.REJECTED;
            rejectionReason = reason;
            cancelPendingInvitations(now);
            return false;
        }
        if (approvals.stream().allMatch(a -> a.status() == ApprovalStatus.APPROVED)) {
            status = ProjectStatus.OPEN;
            openedAt = now;
            invitations.stream().filter(ProjectInvitation::pending).forEach(ProjectInvitation::asPartner);
            return true;
        }
        return false;
    }

    /** Founders close an open project: it becomes read-only. */
    public void close(String by, Instant now) {
        requireFounder(by);
        if (status != ProjectStatus.OPEN) {
            throw new ConflictException("Only an open project can be closed; this one is "
                    + status.name().toLowerCase() + ".").shownAs("project.close.notOpen");
        }
        status = ProjectStatus.CLOSED;
        closedAt = now;
        cancelPendingInvitations(now);
    }

    /** Founders reopen a closed project. */
    public void reopen(String by) {
        requireFounder(by);
        if (status != ProjectStatus.CLOSED) {
            throw new ConflictException("Only a closed project can be reopened; this one is "
                    + status.name().toLowerCase() + ".").shownAs("project.reopen.notClosed");
        }
        status = ProjectStatus.OPEN;
        closedAt = null;
    }

    /** A founder removes another member (leaving is {@link #leave}); founders always remain. */
    public void remove(String by, String memberId) {
        requireFounder(by);
        requireOpen();
        if (by.equals(memberId)) {
            throw new InvalidInputException("userId", "To leave the project yourself, leave it.")
                    .shownAs("project.remove.yourself");
        }
        members.remove(existingMember(memberId));
    }

    /** A founder makes a member a founder or a partner; the last founder stays one. */
    public void setRole(String by, String memberId, PartnerRole role) {
        requireFounder(by);
        requireOpen();
        var member = existingMember(memberId);
        if (member.founder() && role == PartnerRole.PARTNER && founders().size() == 1) {
            throw new ConflictException("A project keeps at least one founder: make someone else a founder first.")
                    .shownAs("project.lastFounder");
        }
        member.become(role);
    }

    /**
     * A member leaves an open project. The sole founder names the partner who takes over
     * ({@code successorId}); with no partner, they close the project instead.
     */
    public void leave(String memberId, String successorId) {
        var member = member(memberId).orElseThrow(() -> new NotFoundException("Your membership of this project"));
        requireOpen();
        if (member.founder() && founders().size() == 1) {
            var partners = members.stream().filter(m -> !m.founder()).toList();
            if (partners.isEmpty()) {
                throw new ConflictException("You are its only member: close the project instead of leaving it.")
                        .shownAs("project.leave.alone");
            }
            if (successorId == null || successorId.isBlank()) {
                throw new InvalidInputException("successorId", "Choose the partner who becomes the project's founder.")
                        .shownAs("project.leave.successor");
            }
            partners.stream().filter(p -> p.profileId().equals(successorId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("successorId",
                            "The successor must be a partner of the project.").shownAs("project.leave.successor"))
                    .become(PartnerRole.FOUNDER);
        }
        members.remove(member);
    }

    /**
     * A member's account is erased: they leave every project; a sole founder's role passes to the
     * longest-standing partner, and a project left with no member is closed. Their invitations
     * are cancelled; invitations they sent stay, without their name. Returns whether the project
     * opened: its only country still to decide was the erased founder's.
     */
    public boolean memberErased(String profileId, Instant now) {
        invitations.stream().filter(i -> i.pending() && i.inviteeId().equals(profileId))
                .forEach(i -> i.answer(InvitationStatus.CANCELLED, now));
        invitations.stream().filter(i -> profileId.equals(i.inviterId())).forEach(ProjectInvitation::inviterErased);
        if (profileId.equals(createdBy)) {
            createdBy = null;
        }
        var member = member(profileId);
        if (member.isEmpty()) {
            return false;
        }
        members.remove(member.get());
        if (founders().isEmpty()) {
            members.stream().findFirst().ifPresentOrElse(successor -> successor.become(PartnerRole.FOUNDER), () -> {
                if (status == ProjectStatus.OPEN) {
                    status = ProjectStatus.CLOSED;
                    closedAt = now;
                } else if (status == ProjectStatus.PENDING) {
                    // never approved, so never public: withdrawn (rejected without a reason), not closed
                    status = ProjectStatus.REJECTED;
                }
                cancelPendingInvitations(now);
            });
        }
        if (status == ProjectStatus.PENDING) {
            // a country with no founder left has nothing to decide; the others may have decided already
            var countries = founders().stream().map(ProjectMember::country).toList();
            approvals.removeIf(a -> a.status() == ApprovalStatus.PENDING && !countries.contains(a.country()));
            if (!approvals.isEmpty() && approvals.stream().allMatch(a -> a.status() == ApprovalStatus.APPROVED)) {
                status = ProjectStatus.OPEN;
                openedAt = now;
                invitations.stream().filter(ProjectInvitation::pending).forEach(ProjectInvitation::asPartner);
                return true;
            }
        }
        return false;
    }

    /** What this person may do on the project now: the buttons a page shows, and nothing that would be refused. */
    public Set<ProjectAction> actionsOf(String profileId) {
        var actions = EnumSet.noneOf(ProjectAction.class);
        if (profileId == null) {
            return actions;
        }
        if (invitations.stream().anyMatch(i -> i.pending() && i.inviteeId().equals(profileId))) {
            actions.add(ProjectAction.ANSWER_INVITATION);
        }
        var member = member(profileId);
        if (member.isEmpty()) {
            return actions;
        }
        boolean founder = member.get().founder();
        if (founder && (status == ProjectStatus.PENDING || status == ProjectStatus.OPEN)) {
            actions.add(ProjectAction.EDIT);
        }
        if (founder && (status == ProjectStatus.OPEN || status == ProjectStatus.PENDING && roomForCoFounder())) {
            actions.add(ProjectAction.INVITE);
        }
        if (founder && status == ProjectStatus.OPEN) {
            actions.add(ProjectAction.CLOSE);
            actions.add(ProjectAction.MANAGE_PARTNERS);
        }
        if (founder && status == ProjectStatus.CLOSED) {
            actions.add(ProjectAction.REOPEN);
        }
        if (status == ProjectStatus.OPEN && (!founder || founders().size() > 1 || members.size() > 1)) {
            actions.add(ProjectAction.LEAVE);
        }
        return actions;
    }

    /** Whether the nss of this country has a decision to give now. */
    public boolean awaits(String country) {
        return status == ProjectStatus.PENDING
                && approval(country).filter(a -> a.status() == ApprovalStatus.PENDING).isPresent();
    }

    private boolean roomForCoFounder() {
        long invited = invitations.stream().filter(i -> i.pending() && i.role() == PartnerRole.FOUNDER).count();
        return founders().size() + invited < FOUNDERS_AT_START;
    }

    private void describe(ProjectInformation information) {
        title = information.title();
        descriptionHtml = information.description().html();
        descriptionText = information.description().text();
        subjects.clear();
        subjects.addAll(information.subjects());
        languages.clear();
        languages.addAll(information.languages());
        ageFrom = information.ageFrom();
        ageTo = information.ageTo();
        startsOn = information.startsOn();
        endsOn = information.endsOn();
    }

    private ProjectInvitation pendingInvitation(String invitationId, String inviteeId) {
        var invitation = invitations.stream()
                .filter(i -> i.id().equals(invitationId) && i.inviteeId().equals(inviteeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("The invitation"));
        if (!invitation.pending()) {
            throw new ConflictException("The invitation was already " + invitation.status().name().toLowerCase() + ".")
                    .shownAs("project.invitation." + invitation.status().name().toLowerCase());
        }
        return invitation;
    }

    private void cancelPendingInvitations(Instant now) {
        invitations.stream().filter(ProjectInvitation::pending).forEach(i -> i.answer(InvitationStatus.CANCELLED, now));
    }

    /**
     * A founder adds an image to a pending or open project that shows fewer than {@link
     * #MOST_IMAGES} ({@code imagesNow}); the first image becomes the cover.
     */
    public void addImage(String by, int imagesNow, String fileId) {
        requireImageRoom(by, imagesNow);
        if (coverImageId == null) {
            coverImageId = fileId;
        }
    }

    /** Refuses a picture more when this person may not add one now, or the project shows {@link #MOST_IMAGES}. */
    public void requireImageRoom(String by, int imagesNow) {
        requireEditable(by);
        if (imagesNow >= MOST_IMAGES) {
            throw new ConflictException("A project shows at most " + MOST_IMAGES + " images: remove one first.")
                    .shownAs("project.images.full", MOST_IMAGES);
        }
    }

    /** A founder shows one of the project's images first ({@code isImage}: the file is one of them). */
    public void chooseCover(String by, String fileId, boolean isImage) {
        requireEditable(by);
        if (!isImage) {
            throw new NotFoundException("The image");
        }
        coverImageId = fileId;
    }

    /**
     * A founder removes an image ({@code isImage}: the file is one of the project's); when it was
     * the cover, {@code nextCover} (the first remaining image, or null) takes its place.
     */
    public void removeImage(String by, String fileId, boolean isImage, String nextCover) {
        requireEditable(by);
        if (!isImage) {
            throw new NotFoundException("The image");
        }
        if (fileId.equals(coverImageId)) {
            coverImageId = nextCover;
        }
    }

    private void requireEditable(String by) {
        requireFounder(by);
        if (status == ProjectStatus.CLOSED || status == ProjectStatus.REJECTED) {
            throw readOnly();
        }
    }

    private void requireFounder(String by) {
        if (member(by).filter(ProjectMember::founder).isEmpty()) {
            throw new ForbiddenException("Only the project's founders may do this.").shownAs("project.foundersOnly");
        }
    }

    private void requireOpen() {
        if (status != ProjectStatus.OPEN) {
            throw status == ProjectStatus.PENDING
                    ? new ConflictException("The project waits for its validation: its partners change once it is open.")
                            .shownAs("project.notOpenYet")
                    : readOnly();
        }
    }

    private ConflictException readOnly() {
        var refusal = new ConflictException("The project is " + status.name().toLowerCase()
                + ": it is read-only" + (status == ProjectStatus.CLOSED ? " until a founder reopens it." : "."));
        refusal.shownAs(status == ProjectStatus.CLOSED ? "project.readOnly.closed" : "project.readOnly.rejected");
        return refusal;
    }

    private ProjectMember existingMember(String memberId) {
        return member(memberId).orElseThrow(() -> new NotFoundException("The member"));
    }

    public Optional<ProjectMember> member(String profileId) {
        return members.stream().filter(m -> m.profileId().equals(profileId)).findFirst();
    }

    public List<ProjectMember> founders() {
        return members.stream().filter(ProjectMember::founder).toList();
    }

    public Optional<CountryApproval> approval(String country) {
        return approvals.stream().filter(a -> a.country().equals(country)).findFirst();
    }

    public Optional<ProjectInvitation> invitation(String invitationId) {
        return invitations.stream().filter(i -> i.id().equals(invitationId)).findFirst();
    }

    public String id() {
        return id;
    }

    public String coverImageId() {
        return coverImageId;
    }

    public String title() {
        return title;
    }

    public RichText description() {
        return RichText.of(descriptionHtml);
    }

    public String descriptionText() {
        return descriptionText;
    }

    public Set<Subject> subjects() {
        return Collections.unmodifiableSet(subjects);
    }

    public Set<String> languages() {
        return Collections.unmodifiableSet(languages);
    }

    public int ageFrom() {
        return ageFrom;
    }

    public int ageTo() {
        return ageTo;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public ProjectStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The levels of the labels it holds (the search's "label"): NATIONAL, EUROPEAN. */
    @KeywordField(name = "label")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "labels")))
    public Set<String> getLabelLevels() {
        var levels = new TreeSet<String>();
        labels.forEach(label -> levels.add(label.contains(":") ? label.substring(0, label.indexOf(':')) : label));
        return levels;
    }

    /** The labels it holds, as the API writes them ("NATIONAL:ES", "EUROPEAN"), in order. */
    public List<String> labels() {
        return labels.stream().sorted().toList();
    }

    /** Whether it holds this label (a national one of this country). */
    public boolean holdsLabel(QualityLabelLevel level, String country) {
        return labels.contains(level.labelOf(country));
    }

    /** The countries whose National Quality Label it holds. */
    public Set<String> nationalLabelCountries() {
        var countries = new TreeSet<String>();
        labels.stream().filter(label -> label.startsWith(QualityLabelLevel.NATIONAL.name() + ":"))
                .forEach(label -> countries.add(label.substring(label.indexOf(':') + 1)));
        return countries;
    }

    /** A reviewer gave it this label ({@link QualityLabelApplication#review}). */
    void awardLabel(QualityLabelLevel level, String country, Instant now) {
        labels.add(level.labelOf(country));
    }

    /** The year it was created (the search's "year"), in UTC. */
    @GenericField(name = "year")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "createdAt")))
    public int getYear() {
        return createdAt.atZone(java.time.ZoneOffset.UTC).getYear();
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public List<ProjectMember> members() {
        return Collections.unmodifiableList(members);
    }

    public List<CountryApproval> approvals() {
        return Collections.unmodifiableList(approvals);
    }

    public List<ProjectInvitation> invitations() {
        return Collections.unmodifiableList(invitations);
    }

    /** The countries of its members' schools, each once, in the order they joined. */
    public List<String> countries() {
        return members.stream().map(ProjectMember::country).distinct().toList();
    }
}
