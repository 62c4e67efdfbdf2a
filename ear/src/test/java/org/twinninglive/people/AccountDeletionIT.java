package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.twinninglive.support.People.text;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.KEYCLOAK;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;

/**
 * Deleting one's account (U5): asked for, cancellable during the grace period, then erased
 * everywhere, Keycloak included. The suite's server runs with 8 s of grace, checked every second.
 */
@ExtendWith(ArquillianExtension.class)
class AccountDeletionIT {

    private static final String DELETION = API + "/v1/people/me/deletion";
    private static final Duration GRACE = Duration.ofSeconds(8);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void askingForDeletionSchedulesItAfterTheGracePeriodAndAskingAgainKeepsTheDate() {
        var me = People.teacher("Wilma", "NL");
        Instant before = Instant.now();

        var asked = Http.send("POST", DELETION, me.token(), null, null);
        var again = Http.send("POST", DELETION, me.token(), null, null);
        var read = Http.get(DELETION, me.token());

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        Instant due = Instant.parse(asked.json().get("dueAt").asText());
        assertThat(due).isBetween(before.plus(GRACE).minusSeconds(5), before.plus(GRACE).plusSeconds(30));
        assertThat(again.status()).isEqualTo(202);
        // the database keeps microseconds at most: the same date, however precisely it is written
        assertThat(Instant.parse(again.json().get("dueAt").asText())).isCloseTo(due, within(1, ChronoUnit.MILLIS));
        assertThat(read.status()).isEqualTo(200);
        assertThat(Instant.parse(read.json().get("dueAt").asText())).isCloseTo(due, within(1, ChronoUnit.MILLIS));
        assertThat(Instant.parse(Http.get(API + "/v1/people/me/export", me.token()).json().at("/account/deletionDueAt")
                .asText())).isCloseTo(due, within(1, ChronoUnit.MILLIS));
        // leave nothing due behind this test
        assertThat(Http.send("DELETE", DELETION, me.token(), null, null).status()).isEqualTo(204);
    }

    @Test
    void withoutADeletionAskedForThereIsNoDate() {
        var me = People.teacher("Xaver", "AT");

        var read = Http.get(DELETION, me.token());
        var cancelled = Http.send("DELETE", DELETION, me.token(), null, null);

        assertThat(read.status()).isEqualTo(200);
        assertThat(text(read.json(), "dueAt")).isNull();
        assertThat(cancelled.status()).as("cancelling nothing is fine").isEqualTo(204);
    }

    @Test
    void aCancelledDeletionKeepsTheAccountPastItsDate() {
        var me = People.teacher("Yvonne", "BE");
        var viewer = People.teacher("Yannick", "BE");
        var asked = Http.send("POST", DELETION, me.token(), null, null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        Instant due = Instant.parse(asked.json().get("dueAt").asText());

        var cancelled = Http.send("DELETE", DELETION, me.token(), null, null);

        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(text(Http.get(DELETION, me.token()).json(), "dueAt")).isNull();
        // watch the account until the date it had, and three erasure runs more, has passed
        Instant watchUntil = due.plusSeconds(3);
        while (Instant.now().isBefore(watchUntil)) {
            assertThat(People.profile(viewer.token(), me.id()).status()).as("kept at %s", Instant.now()).isEqualTo(200);
            People.pause(Duration.ofMillis(500));
        }
        assertThat(People.profile(viewer.token(), me.id()).status()).isEqualTo(200);
        assertThat(tokenStatus(me.username())).as("the Keycloak account is kept").isEqualTo(200);
        assertThat(People.found(viewer.token(), me.surname())).containsExactly(me.id());
    }

    @Test
    void anErasedAccountDisappearsFromProfilesSearchContactsAndKeycloak() {
        var me = People.teacher("Zelda", "PT");
        var friend = People.teacher("Zeno", "PT");
        People.choosePrivacy(me, "EVERYONE", true, true, true);
        People.makeContacts(me, friend);
        assertThat(People.follow(friend.token(), me.id()).status()).isEqualTo(204);
        assertThat(People.addSchool(me.token(), People.GOETHE).status()).isEqualTo(201);
        assertThat(People.found(friend.token(), me.surname())).containsExactly(me.id());
        assertThat(People.contactsOf(friend.token())).contains(me.id());

        var asked = Http.send("POST", DELETION, me.token(), null, null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);

        People.eventually("the account is erased", PATIENCE,
                () -> People.profile(friend.token(), me.id()).status() == 404);
        People.eventually("the Keycloak account is removed", Duration.ofSeconds(10),
                () -> tokenStatus(me.username()) != 200);

        People.assertProblem(People.profile(friend.token(), me.id()), 404);
        People.assertProblem(People.profile(Keycloak.partnerToken(), me.id()), 404);
        assertThat(People.found(friend.token(), me.surname())).isEmpty();
        assertThat(People.found(Keycloak.partnerToken(), me.surname())).isEmpty();
        assertThat(People.contactsOf(friend.token())).doesNotContain(me.id());
        assertThat(People.feed(friend.token())).noneSatisfy(item ->
                assertThat(item.at("/person/id").asText()).isEqualTo(me.id()));
        assertThat(Http.get(API + "/v1/people/" + me.id() + "/photo", friend.token()).status()).isEqualTo(404);
        assertThat(Http.get(API + "/v1/people/" + me.id() + "/progression", friend.token()).status()).isEqualTo(404);
        var friendsData = Http.get(API + "/v1/people/me/export", friend.token()).json();
        assertThat(People.ids(friendsData.get("contacts"))).doesNotContain(me.id());
        assertThat(People.ids(friendsData.get("followers"))).doesNotContain(me.id());
        assertThat(People.ids(friendsData.get("following"))).doesNotContain(me.id());
    }

    @Test
    void theStillValidTokenOfAnErasedAccountDoesNotBringThePersonBack() {
        var me = People.teacher("Zora", "PT");
        var viewer = People.teacher("Zygmunt", "PL");
        People.choosePrivacy(me, "EVERYONE", true, false, false);
        assertThat(Http.send("POST", DELETION, me.token(), null, null).status()).isEqualTo(202);
        People.eventually("the account is erased", PATIENCE,
                () -> People.profile(viewer.token(), me.id()).status() == 404);

        // the access token issued before the erasure has not expired yet (five minutes)
        assertThat(Http.get(API + "/v1/me", me.token()).status()).isEqualTo(403);
        assertThat(Http.get(API + "/v1/people/me", me.token()).status()).isEqualTo(403);

        assertThat(People.found(viewer.token(), me.surname())).as("nobody of that name is found again").isEmpty();
        assertThat(People.profile(viewer.token(), me.id()).status()).isEqualTo(404);
    }

    @Test
    void aPartnerSystemHasNoAccountToDelete() {
        People.assertProblem(Http.send("POST", DELETION, Keycloak.partnerToken(), null, null), 403);
    }

    /** The status of a password sign-in of this user at Keycloak (200 while the account exists). */
    private static int tokenStatus(String username) {
        return Http.postForm(KEYCLOAK + "/realms/twinning/protocol/openid-connect/token", Map.of(
                "grant_type", "password",
                "client_id", "twinning-web",
                "client_secret", "twinning-web-secret",
                "username", username,
                "password", username)).status();
    }
}
