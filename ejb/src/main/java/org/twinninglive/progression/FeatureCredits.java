package org.twinninglive.progression;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.twinninglive.discussions.DiscussionPosted;
import org.twinninglive.contacts.ContactAccepted;
import org.twinninglive.contacts.Followed;
import org.twinninglive.messaging.MessagePosted;
import org.twinninglive.projects.PrizeApplied;
import org.twinninglive.projects.ProjectApproved;
import org.twinninglive.projects.ProjectCreated;
import org.twinninglive.projects.ProjectJoined;
import org.twinninglive.projects.QualityLabelDecided;

/**
 * Progression reads the facts features announce in their own words and credits what counts
 * (S1): a follow, an accepted contact (both sides), a message written, a project created, an
 * invitation to a project accepted (its founders), a project approved (each founder), a quality
 * label received (the teachers of the labelled schools), a European Prize applied for (the
 * applicant). The features do not
 * know about progression. Features without such a fact yet tell progression directly with
 * {@link ParticipationRecorded}. Observes first, for the ledger's lock order (see
 * {@link ProgressionLedger}).
 */
@ApplicationScoped
public class FeatureCredits {

    @Inject
    ProgressionLedger ledger;

    void followed(@Observes @Priority(Interceptor.Priority.APPLICATION) Followed fact) {
        ledger.record(new ParticipationRecorded(fact.followerId(), "user-followed", fact.followedId()));
    }

    void contactAccepted(@Observes @Priority(Interceptor.Priority.APPLICATION) ContactAccepted fact) {
        ledger.recordAll(new ParticipationsRecorded(java.util.List.of(
                new ParticipationRecorded(fact.fromId(), "contact-accepted", fact.toId()),
                new ParticipationRecorded(fact.toId(), "contact-accepted", fact.fromId()))));
    }

    void messagePosted(@Observes @Priority(Interceptor.Priority.APPLICATION) MessagePosted fact) {
        ledger.record(new ParticipationRecorded(fact.authorId(), "message-sent", fact.messageId()));
    }

    void projectCreated(@Observes @Priority(Interceptor.Priority.APPLICATION) ProjectCreated fact) {
        ledger.record(new ParticipationRecorded(fact.founderId(), "project-created", fact.projectId()));
    }

    /** "Have a partner accept your project": the founders who invited them. */
    void projectJoined(@Observes @Priority(Interceptor.Priority.APPLICATION) ProjectJoined fact) {
        ledger.recordAll(new ParticipationsRecorded(fact.founderIds().stream()
                .map(founder -> new ParticipationRecorded(founder, "partner-accepted", fact.memberId())).toList()));
    }

    /** "Receive a quality label": the teachers of the labelled schools (P5). */
    void qualityLabelAwarded(@Observes @Priority(Interceptor.Priority.APPLICATION) QualityLabelDecided fact) {
        if (fact.awarded()) {
            ledger.recordAll(new ParticipationsRecorded(fact.holderIds().stream()
                    .map(holder -> new ParticipationRecorded(holder, "quality-label-received",
                            fact.projectId() + ":" + fact.level() + (fact.country() == null ? "" : ":" + fact.country())))
                    .toList()));
        }
    }

    /** "Post in a forum" (in the category its owner names): the author of a first post or of a reply, once per post; a pupil's credits no one. */
    void discussionPosted(@Observes @Priority(Interceptor.Priority.APPLICATION) DiscussionPosted fact) {
        if (fact.byPupil()) {
            return;
        }
        ledger.record(new ParticipationRecorded(fact.authorId(), fact.creditCategory(), fact.postId(),
                fact.threadTitle()));
    }

    void eventOrganised(@Observes @Priority(Interceptor.Priority.APPLICATION)
                        org.twinninglive.events.EventOrganised fact) {
        // a private event counts, but no follower hears of it
        ledger.record(new ParticipationRecorded(fact.organiserId(), "event-organised", fact.eventId(), fact.title(),
                fact.listed()));
    }

    /** "Attend an event": a participant's first join of its video room, once per event (E3). */
    void eventAttended(@Observes @Priority(Interceptor.Priority.APPLICATION)
                       org.twinninglive.events.EventAttended fact) {
        ledger.record(new ParticipationRecorded(fact.profileId(), "event-attended", fact.eventId(), fact.title(),
                fact.listed()));
    }

    void materialShared(@Observes @Priority(Interceptor.Priority.APPLICATION)
                        org.twinninglive.twinspace.MaterialShared fact) {
        ledger.record(new ParticipationRecorded(fact.profileId(), "twinspace-material", fact.fileId(), fact.fileName()));
    }

    /** "Apply for a European Prize": the member who applied, once per application (P5). */
    void prizeApplied(@Observes @Priority(Interceptor.Priority.APPLICATION) PrizeApplied fact) {
        ledger.record(new ParticipationRecorded(fact.applicantId(), "prize-application", fact.applicationId(),
                fact.title()));
    }

    void projectApproved(@Observes @Priority(Interceptor.Priority.APPLICATION) ProjectApproved fact) {
        ledger.recordAll(new ParticipationsRecorded(fact.founderIds().stream()
                .map(founder -> new ParticipationRecorded(founder, "project-approved", fact.projectId())).toList()));
    }
}
