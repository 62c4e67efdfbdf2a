package org.twinninglive.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.twinninglive.contacts.ContactAccepted;
import org.twinninglive.contacts.ContactRequested;
import org.twinninglive.contacts.Followed;
import org.twinninglive.people.AccountRejected;
import org.twinninglive.people.AccountValidated;
import org.twinninglive.people.ValidationRequested;
import org.twinninglive.discussions.DiscussionPosted;
import org.twinninglive.people.ValidationService;
import org.twinninglive.progression.MilestoneReached;
import org.twinninglive.projects.ProjectApproved;
import org.twinninglive.projects.ProjectInvitationSent;
import org.twinninglive.projects.ProjectJoined;
import org.twinninglive.projects.ProjectRejected;
import org.twinninglive.projects.ProjectValidationRequested;
import org.twinninglive.projects.PrizeWon;
import org.twinninglive.projects.QualityLabelDecided;
import org.twinninglive.projects.QualityLabelLevel;
import org.twinninglive.projects.QualityLabelRequested;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.platform.Roles;
import org.twinninglive.schools.SchoolLabelDecided;
import org.twinninglive.schools.SchoolLabelRequested;

/**
 * Turns the facts features announce into notifications (N2), in the transaction of the action:
 * the notice exists exactly when the action does. Features never call this; a new feature adds
 * its observer here (and its kind to {@link NotificationKind}).
 */
@ApplicationScoped
public class Notifier {

    @Inject
    NotificationRepository notifications;

    @Inject
    Event<Notified> notified;

    @Inject
    Event<NotifiedMany> notifiedMany;

    @Inject
    Clock clock;

    @Inject
    ValidationService validations;

    @Inject
    ProfileRepository profiles;

    void contactRequested(@Observes ContactRequested fact) {
        notify(fact.toId(), NotificationKind.CONTACT_REQUESTED, fact.fromId(), fact.requestId(), null);
    }

    void contactAccepted(@Observes ContactAccepted fact) {
        notify(fact.fromId(), NotificationKind.CONTACT_ACCEPTED, fact.toId(), fact.requestId(), null);
    }

    void followed(@Observes Followed fact) {
        notify(fact.followedId(), NotificationKind.FOLLOWED, fact.followerId(), null, null);
    }

    void validated(@Observes AccountValidated fact) {
        notify(fact.profileId(), NotificationKind.ACCOUNT_VALIDATED, null, null, null);
    }

    void rejected(@Observes AccountRejected fact) {
        notify(fact.profileId(), NotificationKind.ACCOUNT_REJECTED, null, null, fact.reason());
    }

    /** Each nss officer of the country hears of an account waiting for them; several make one group per country. */
    void validationRequested(@Observes ValidationRequested fact) {
        for (String officer : validations.reviewersOf(fact.country())) {
            notify(officer, NotificationKind.ACCOUNT_TO_REVIEW, fact.profileId(), fact.country(), null);
        }
    }

    /** Each nss officer of the country hears of a project waiting for them; several make one group per country. */
    void projectToReview(@Observes ProjectValidationRequested fact) {
        for (String officer : validations.reviewersOf(fact.country())) {
            notify(officer, NotificationKind.PROJECT_TO_REVIEW, fact.requesterId(), fact.country(), fact.title());
        }
    }

    void projectInvitation(@Observes ProjectInvitationSent fact) {
        notify(fact.inviteeId(), NotificationKind.PROJECT_INVITATION, fact.inviterId(), fact.projectId(), fact.title());
    }

    /** The followers of a page of a TwinSpace hear of a new version; several make one group per page. */
    void spacePageChanged(@Observes org.twinninglive.twinspace.SpacePageChanged fact) {
        for (String follower : fact.followerIds()) {
            notify(follower, NotificationKind.SPACE_PAGE_CHANGED, fact.editorId(), fact.address(), fact.title());
        }
    }

    void eventInvitation(@Observes org.twinninglive.events.EventInvitationSent fact) {
        for (String invitee : fact.inviteeIds()) {
            notify(invitee, NotificationKind.EVENT_INVITATION, fact.inviterId(), fact.eventId(), fact.title());
        }
    }

    void eventCancelled(@Observes org.twinninglive.events.EventCancelled fact) {
        for (String participant : fact.participantIds()) {
            notify(participant, NotificationKind.EVENT_CANCELLED, fact.organiserId(), fact.eventId(), fact.title());
        }
    }

    void eventSeat(@Observes org.twinninglive.events.SeatOffered fact) {
        notify(fact.profileId(), NotificationKind.EVENT_SEAT, null, fact.eventId(), fact.title());
    }

    /**
     * An event's reminder (E6): one notice per organiser and participant, stored and mailed as one
     * batch (the mails' recipients and choices read once for all, not once per person).
     */
    void eventReminder(@Observes org.twinninglive.events.EventReminderDue fact) {
        var kind = fact.withinHour() ? NotificationKind.EVENT_REMINDER_HOUR : NotificationKind.EVENT_REMINDER_DAY;
        var now = clock.instant();
        var batch = new java.util.ArrayList<Notification>(fact.recipientIds().size());
        for (String recipient : fact.recipientIds()) {
            var notification = new Notification(recipient, kind, null, fact.eventId(), fact.title(), now);
            notifications.add(notification);
            batch.add(notification);
        }
        notifiedMany.fire(new NotifiedMany(kind, batch));
    }

    void spaceGuestInvited(@Observes org.twinninglive.twinspace.SpaceGuestInvited fact) {
        notify(fact.guestId(), NotificationKind.SPACE_GUEST_INVITED, fact.inviterId(), fact.projectId(), fact.title());
    }

    void projectJoined(@Observes ProjectJoined fact) {
        for (String founder : fact.founderIds()) {
            notify(founder, NotificationKind.PROJECT_JOINED, fact.memberId(), fact.projectId(), fact.title());
        }
    }

    void projectApproved(@Observes ProjectApproved fact) {
        for (String founder : fact.founderIds()) {
            notify(founder, NotificationKind.PROJECT_APPROVED, null, fact.projectId(), fact.title());
        }
    }

    void projectRejected(@Observes ProjectRejected fact) {
        for (String founder : fact.founderIds()) {
            notify(founder, NotificationKind.PROJECT_REJECTED, null, fact.projectId(), fact.reason());
        }
    }

    /** National applications to the nss of their country, European ones to the css. */
    void qualityLabelToReview(@Observes QualityLabelRequested fact) {
        var reviewers = fact.level() == QualityLabelLevel.NATIONAL ? validations.reviewersOf(fact.country())
                : profiles.officersOf(Roles.CSS);
        for (String officer : reviewers) {
            notify(officer, NotificationKind.QUALITY_LABEL_TO_REVIEW, fact.applicantId(), fact.projectId(), fact.title());
        }
    }

    void qualityLabelDecided(@Observes QualityLabelDecided fact) {
        if (fact.applicantId() != null) {
            notify(fact.applicantId(), fact.awarded() ? NotificationKind.QUALITY_LABEL_AWARDED
                    : NotificationKind.QUALITY_LABEL_REJECTED, null, fact.projectId(),
                    fact.awarded() ? fact.title() : fact.reason());
        }
    }

    /** Each nss officer of the school's country hears of an application; several make one group per country. */
    void schoolLabelToReview(@Observes SchoolLabelRequested fact) {
        for (String officer : validations.reviewersOf(fact.country())) {
            notify(officer, NotificationKind.SCHOOL_LABEL_TO_REVIEW, fact.applicantId(), fact.country(),
                    fact.schoolName());
        }
    }

    void schoolLabelDecided(@Observes SchoolLabelDecided fact) {
        if (fact.applicantId() != null) {
            notify(fact.applicantId(), fact.approved() ? NotificationKind.SCHOOL_LABEL_AWARDED
                    : NotificationKind.SCHOOL_LABEL_REJECTED, null, fact.schoolId(),
                    fact.approved() ? fact.schoolName() : fact.reason());
        }
    }

    /** Every member of a winning project hears of it: each may download the prize certificate. */
    void prizeWon(@Observes PrizeWon fact) {
        for (String member : new java.util.LinkedHashSet<>(fact.memberIds())) {
            if (member == null) {
                continue;
            }
            notify(member, NotificationKind.PRIZE_WON, null, fact.projectId(), fact.title());
        }
    }

    /**
     * The followers of a thread hear of a reply in it; several replies make one group per thread.
     * A pupil's reply names no one: their id is no profile's ("someone replied").
     */
    void discussionReply(@Observes DiscussionPosted fact) {
        for (String follower : fact.followerIds()) {
            notify(follower, NotificationKind.DISCUSSION_REPLY, fact.authorId(), fact.address(), fact.threadTitle());
        }
    }

    void milestone(@Observes MilestoneReached fact) {
        notify(fact.profileId(), NotificationKind.PROGRESSION_MILESTONE, null, String.valueOf(fact.percent()),
                String.valueOf(fact.percent()));
    }

    /**
     * Stores a notice; one of a grouped kind joins the reader's unread group of that kind and
     * reference instead ("bob and 3 others followed you").
     */
    void notify(String recipientId, NotificationKind kind, String actorId, String reference, String detail) {
        if (actorId != null && actorId.equals(recipientId)) {
            return;
        }
        var now = clock.instant();
        if (kind.grouped() && actorId != null) {
            var group = notifications.unreadGroup(recipientId, kind, reference);
            if (group.isPresent()) {
                group.get().joinedBy(actorId, now);
                notified.fire(new Notified(group.get().id(), recipientId, kind, true));
                return;
            }
        }
        var notification = new Notification(recipientId, kind, actorId, reference, detail, now);
        notifications.add(notification);
        notified.fire(new Notified(notification.id(), recipientId, kind, false));
    }
}
