package org.twinninglive.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything the platform holds about a person ("Download my data", U5), in one document: the
 * shape the API documents. Each feature adds its own parts when asked ({@link PersonalDataRequested});
 * each part is a list of plain records so that the JSON reads without this class at hand.
 */
public record AccountData(Instant exportedAt, Account account, PersonalInformation information, PrivacySettings privacy,
                          List<MembershipView> schools, List<Person> contacts, List<Person> following,
                          List<Person> followers, List<Request> contactRequests, List<Credit> progression,
                          List<Completion> learning, List<Action> activity, List<Object> notifications,
                          java.util.Map<String, String> mailPreferences, List<Object> mails, List<Object> messages,
                          List<Object> uploads, List<Object> termsAccepted, List<Object> projects,
                          List<Object> projectInvitations, List<Object> certificates,
                          List<Object> qualityLabelApplications, List<Object> schoolLabelApplications,
                          List<Object> prizeApplications, List<Object> twinSpacePages,
                          List<Object> discussionPosts, List<Object> twinSpaceBlogPosts,
                          List<Object> twinSpaceWallPosts, List<Object> twinSpaceGuestSeats,
                          List<Object> twinSpaceFolders, List<Object> twinSpaceMaterials,
                          List<Object> events, List<Object> eventDocuments, List<Object> eventVideoSeats,
                          List<Object> calendarFeed) implements Serializable {

    public record Account(String id, String username, String name, String email, String country, String language,
                          List<String> roles, String validation, String validationReason, Instant createdAt,
                          Instant lastSignInAt, Instant deletionDueAt, boolean hasPhoto) implements Serializable {
    }

    public record Person(String id, String name, Instant since) implements Serializable {
    }

    public record Request(String id, String fromId, String toId, String status, Instant createdAt, Instant decidedAt)
            implements Serializable {
    }

    public record Credit(String category, String reference, Instant at) implements Serializable {
    }

    public record Completion(String moduleId, String title, Instant at) implements Serializable {
    }

    public record Action(String kind, String reference, String label, Instant at) implements Serializable {
    }
}
