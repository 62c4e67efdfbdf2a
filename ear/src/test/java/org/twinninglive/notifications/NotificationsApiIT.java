package org.twinninglive.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Learning;
import org.twinninglive.support.Mailbox;
import org.twinninglive.support.People;

/**
 * Notifications (N2) for every kind the platform emits today, their grouping, read state and
 * language; and the e-mails (N4) that go with those that cannot wait, through the outbox and
 * the tests' real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsApiIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    @Test
    void aContactRequestIsNotifiedAndMailedOnceInTheRecipientsLanguage() {
        var bob = People.teacher("Bob", "IT");
        var alice = People.teacher("Alicia", "ES");
        chooseLanguage(alice, "es");

        assertThat(People.invite(bob.token(), alice.id()).status()).isEqualTo(201);

        assertThat(unreadCount(alice)).isEqualTo(1);
        var notice = list(alice, "").get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("contact-requested");
        assertThat(notice.get("text").asText()).isEqualTo(bob.name() + " le ha pedido que sean contactos.");
        assertThat(notice.get("link").asText()).isEqualTo("/people/contacts");
        assertThat(notice.get("read").asBoolean()).isFalse();
        assertThat(notice.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");

        var mail = Mailbox.await(alice.email(), 1, MAIL_WAIT).get(0);
        assertThat(mail.subject()).isEqualTo("Nueva solicitud de contacto en Twinning Live");
        assertThat(mail.language()).isEqualTo("es");
        assertThat(mail.body()).contains("Hola, " + alice.name()).contains(bob.name() + " le ha pedido")
                .contains(APP + "/people/contacts").contains(APP + "/mail/unsubscribe?t=");
        assertThat(mail.listUnsubscribe()).startsWith("<" + API + "/v1/mail/unsubscribe?t=");
        assertThat(list(bob, "")).as("the sender is not notified").isEmpty();

        People.pause(Duration.ofSeconds(3));
        assertThat(Mailbox.to(alice.email())).as("sent exactly once").hasSize(1);
        assertThat(Mailbox.to(bob.email())).isEmpty();
    }

    @Test
    void anAcceptedRequestIsNotifiedToWhoAskedAndTheTextFollowsTheReadersLanguageAtReadTime() {
        var bob = People.teacher("Bruno", "IT");
        var alice = People.teacher("Aline", "FR");
        People.makeContacts(bob, alice);

        var notice = list(bob, "").get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("contact-accepted");
        assertThat(notice.get("text").asText()).startsWith(alice.name() + " accepted your contact request");
        assertThat(notice.get("link").asText()).isEqualTo("/people/" + alice.id());
        assertThat(notice.get("actorId").asText()).isEqualTo(alice.id());

        chooseLanguage(bob, "de");
        assertThat(list(bob, "").get(0).get("text").asText())
                .as("stored as a key, rendered when read").startsWith(alice.name() + " hat Ihre Kontaktanfrage angenommen");
        assertThat(Mailbox.await(bob.email(), 1, MAIL_WAIT).get(0).subject())
                .isEqualTo("Your contact request was accepted");
    }

    @Test
    void followersAreGroupedIntoOneNoticeAndNotMailed() {
        var followed = People.teacher("Greta", "DE");
        var first = People.teacher("Hanna", "DE");
        var second = People.teacher("Ida", "DE");
        var third = People.teacher("Jan", "DE");

        for (var follower : List.of(first, second, third)) {
            assertThat(People.follow(follower.token(), followed.id()).status()).isEqualTo(204);
        }

        var notices = list(followed, "");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("kind").asText()).isEqualTo("followed");
        assertThat(notices.get(0).get("count").asInt()).isEqualTo(3);
        assertThat(notices.get(0).get("text").asText()).isEqualTo(third.name() + " and 2 others followed you.");
        assertThat(unreadCount(followed)).isEqualTo(1);

        assertThat(read(followed, "{\"all\": true}").get("unread").asLong()).isZero();
        var later = People.teacher("Karl", "DE");
        assertThat(People.follow(later.token(), followed.id()).status()).isEqualTo(204);
        var after = list(followed, "");
        assertThat(after).as("a read group is closed: a new one starts").hasSize(2);
        assertThat(after.get(0).get("text").asText()).isEqualTo(later.name() + " followed you.");
        People.pause(Duration.ofSeconds(3));
        assertThat(Mailbox.to(followed.email())).as("follows are not mailed").isEmpty();
    }

    @Test
    void readStateByIdsIgnoresUnknownAndOthersIds() {
        var reader = People.teacher("Lena", "AT");
        var other = People.teacher("Lukas", "AT");
        var asker = People.teacher("Lotte", "AT");
        assertThat(People.invite(asker.token(), reader.id()).status()).isEqualTo(201);
        assertThat(People.follow(asker.token(), reader.id()).status()).isEqualTo(204);
        assertThat(People.invite(asker.token(), other.id()).status()).isEqualTo(201);
        var mine = list(reader, "");
        assertThat(mine).hasSize(2);
        String othersId = list(other, "").get(0).get("id").asText();

        var answer = read(reader, "{\"ids\": [\"" + mine.get(0).get("id").asText() + "\", \"" + othersId
                + "\", \"no-such-notification\"]}");

        assertThat(answer.get("unread").asLong()).isEqualTo(1);
        assertThat(list(reader, "?unread=true")).hasSize(1);
        assertThat(unreadCount(other)).as("someone else's notice stays unread").isEqualTo(1);
        People.assertRefused(Http.send("POST", API + "/v1/notifications/read", reader.token(), "application/json",
                "{}"), "ids");
        People.assertRefused(Http.send("POST", API + "/v1/notifications/read", reader.token(), "application/json",
                "{\"ids\": \"abc\"}"), "ids");
        People.assertRefused(Http.get(API + "/v1/notifications?unread=maybe", reader.token()), "unread");
        People.assertProblem(Http.get(API + "/v1/notifications", Keycloak.partnerToken()), 403);
    }

    @Test
    void validationDecisionsAreNotifiedAndMailedWithTheReason() {
        var approved = People.teacher("Marta", "ES");
        var rejected = People.teacher("Mateo", "ES");

        assertThat(decide(approved, "{\"decision\": \"APPROVE\"}").status()).isEqualTo(200);
        assertThat(decide(rejected, "{\"decision\": \"REJECT\", \"reason\": \"The school <b>does not</b> exist\"}")
                .status()).isEqualTo(200);

        assertThat(list(approved, "").get(0).get("kind").asText()).isEqualTo("account-validated");
        var notice = list(rejected, "").get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("account-rejected");
        assertThat(notice.get("text").asText()).endsWith("Their reason: The school <b>does not</b> exist");
        assertThat(Mailbox.await(approved.email(), 1, MAIL_WAIT).get(0).subject())
                .isEqualTo("Your Twinning Live account is approved");
        assertThat(Mailbox.await(rejected.email(), 1, MAIL_WAIT).get(0).body())
                .contains("Their reason: The school <b>does not</b> exist");
    }

    @Test
    void aProgressionMilestoneIsNotifiedWhenTheBarPassesAQuarter() {
        var teacher = People.teacher("Nora", "IT");
        assertThat(People.addSchool(teacher.token(), People.GALILEI).status()).isEqualTo(201);
        // modules one by one, then contacts, until the whole bar passes a quarter (whatever the rules are now)
        var actions = new java.util.ArrayList<Runnable>();
        for (var module : Learning.modules(teacher.token())) {
            String id = module.get("id").asText();
            actions.add(() -> assertThat(Learning.complete(teacher.token(), id, Learning.rightAnswers(id)).status())
                    .isEqualTo(200));
        }
        actions.add(() -> assertThat(Http.send("PUT", API + "/v1/people/me", teacher.token(), "application/json",
                "{\"name\": \"" + teacher.name() + "\", \"bio\": \"Biology teacher\", \"subjects\": [\"BIOLOGY\"],"
                        + " \"languages\": [\"it\"], \"pupilsAgeFrom\": 12, \"pupilsAgeTo\": 14}").status()).isEqualTo(200));
        var contacts = new java.util.ArrayList<People.Person>();
        for (int contact = 0; contact < 10; contact++) {
            actions.add(() -> {
                var colleague = People.teacher("Nico", "IT");
                People.makeContacts(colleague, teacher);
                contacts.add(colleague);
                assertThat(People.follow(teacher.token(), colleague.id()).status()).isEqualTo(204);
            });
        }
        for (int message = 0; message < 5; message++) {
            actions.add(() -> assertThat(Http.send("POST", API + "/v1/messages", teacher.token(), "application/json",
                    "{\"to\": [\"" + contacts.get(0).id() + "\"], \"subject\": \"Hello\", \"body\": \"<p>Hi</p>\"}")
                    .status()).isEqualTo(201));
        }
        int percent = percent(teacher);
        for (var action : actions) {
            if (percent >= 25) {
                break;
            }
            assertThat(milestones(teacher)).as("below a quarter (%d%%): no milestone", percent).isEmpty();
            action.run();
            percent = percent(teacher);
        }

        assertThat(percent).as("the actions of today's platform pass a quarter of the bar").isGreaterThanOrEqualTo(25);
        var milestone = milestones(teacher);
        assertThat(milestone).as("one milestone notice").hasSize(1);
        assertThat(milestone.get(0).get("text").asText()).isEqualTo("Your progression reached 25%. Well done!");
        assertThat(milestone.get(0).get("link").asText()).isEqualTo("/progression/about");
    }

    private static int percent(People.Person person) {
        return org.twinninglive.support.Progression.bar(person.token(), person.id()).get("percent").asInt();
    }

    private static List<JsonNode> milestones(People.Person person) {
        return list(person, "?size=100").stream()
                .filter(n -> n.get("kind").asText().equals("progression-milestone")).toList();
    }

    @Test
    void preferencesChooseADigestOrNothingAndRefuseWhatTheyDoNotKnow() {
        var reader = People.teacher("Olga", "PL");
        var prefs = Http.get(API + "/v1/me/notification-preferences", reader.token());
        assertThat(prefs.status()).as(prefs.body()).isEqualTo(200);
        assertThat(prefs.json().get("contact-requested").asText()).isEqualTo("IMMEDIATELY");
        assertThat(prefs.json().has("followed")).as("not mailed, no choice").isFalse();

        var chosen = choose(reader, "{\"contact-requested\": \"DAILY\", \"contact-accepted\": \"NEVER\"}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().get("contact-requested").asText()).isEqualTo("DAILY");
        assertThat(chosen.json().get("account-validated").asText()).isEqualTo("IMMEDIATELY");
        People.assertRefused(choose(reader, "{\"contact-requested\": \"HOURLY\"}"), "contact-requested");
        People.assertRefused(choose(reader, "{\"no-such-kind\": \"NEVER\"}"), "no-such-kind");
        People.assertRefused(choose(reader, "{}"), "preferences");
        assertThat(Http.get(API + "/v1/me/notification-preferences", reader.token()).json()
                .get("contact-requested").asText()).as("nothing changed by a refusal").isEqualTo("DAILY");

        var first = People.teacher("Piotr", "PL");
        var second = People.teacher("Pola", "PL");
        assertThat(People.invite(first.token(), reader.id()).status()).isEqualTo(201);
        assertThat(People.invite(second.token(), reader.id()).status()).isEqualTo(201);
        assertThat(unreadCount(reader)).as("notified on the platform all the same").isEqualTo(2);

        var digest = Mailbox.await(reader.email(), 1, Duration.ofSeconds(40)).get(0);
        assertThat(digest.subject()).isEqualTo("Your day on Twinning Live: 2 notifications");
        assertThat(digest.kind()).isEqualTo("digest");
        assertThat(digest.body()).contains(first.name() + " asked you").contains(second.name() + " asked you");
        People.pause(Duration.ofSeconds(3));
        assertThat(Mailbox.to(reader.email())).as("one digest, no immediate mails").hasSize(1);

        // "never": accepted requests are not mailed
        assertThat(People.invite(reader.token(), People.teacher("Quentin", "PL").id()).status()).isEqualTo(201);
        var third = People.teacher("Rafal", "PL");
        People.makeContacts(reader, third);
        People.pause(Duration.ofSeconds(3));
        assertThat(Mailbox.to(reader.email()).stream().filter(m -> "contact-accepted".equals(m.kind()))).isEmpty();
    }

    @Test
    void withSmtpDownTheActionSucceedsAndTheMailLeavesOnceWhenItIsBack() {
        var bob = People.teacher("Stefan", "SE");
        var alice = People.teacher("Sara", "SE");
        Mailbox.stop();
        try {
            var invited = People.invite(bob.token(), alice.id());
            assertThat(invited.status()).as("the action does not wait for SMTP").isEqualTo(201);
            assertThat(unreadCount(alice)).isEqualTo(1);
            People.pause(Duration.ofSeconds(3));
        } finally {
            Mailbox.start();
        }
        // the first retry comes 5 s after the failed attempt (TWINNING_MAIL_FIRST_RETRY in ear/pom.xml; 30 s by default)
        var mails = Mailbox.await(alice.email(), 1, Duration.ofSeconds(30));
        assertThat(mails.get(0).subject()).isEqualTo("New contact request on Twinning Live");
        People.pause(Duration.ofSeconds(3));
        assertThat(Mailbox.to(alice.email())).as("nothing lost, nothing twice").hasSize(1);
    }

    @Test
    void theExportHasTheNotificationsAndMails() {
        var bob = People.teacher("Tomas", "CZ");
        var alice = People.teacher("Tereza", "CZ");
        assertThat(People.invite(bob.token(), alice.id()).status()).isEqualTo(201);
        Mailbox.await(alice.email(), 1, MAIL_WAIT);

        var export = Http.get(API + "/v1/people/me/export", alice.token()).json();

        assertThat(export.get("notifications").get(0).get("kind").asText()).isEqualTo("contact-requested");
        assertThat(export.get("notifications").get(0).get("actorId").asText()).isEqualTo(bob.id());
        assertThat(export.get("mails").get(0).get("subject").asText()).isEqualTo("New contact request on Twinning Live");
        assertThat(export.get("mailPreferences").get("contact-requested").asText()).isEqualTo("IMMEDIATELY");
        assertThat(export.get("contactRequests").get(0).get("fromId").asText()).isEqualTo(bob.id());
    }

    @Test
    void theOneClickUnsubscribeOfAMailStopsThatKindOnlyAndOnlyWithItsOwnLink() {
        var bob = People.teacher("Ulrich", "AT");
        var alice = People.teacher("Ursula", "AT");
        assertThat(People.invite(bob.token(), alice.id()).status()).isEqualTo(201);
        var mail = Mailbox.await(alice.email(), 1, MAIL_WAIT).get(0);
        String oneClick = mail.listUnsubscribe().substring(1, mail.listUnsubscribe().length() - 1);
        var form = "application/x-www-form-urlencoded";
        byte[] body = "List-Unsubscribe=One-Click".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        var otherKind = org.twinninglive.support.RawHttp.send("POST",
                oneClick.replace("k=contact-requested", "k=contact-accepted"), null, form, body);
        var tampered = org.twinninglive.support.RawHttp.send("POST",
                oneClick.replace("?t=" + alice.id(), "?t=" + bob.id()), null, form, body);
        assertThat(otherKind.status()).as("a link is for its own kind").isEqualTo(404);
        assertThat(tampered.status()).as("a link is for its own person").isEqualTo(404);
        assertThat(preferences(alice).get("contact-requested").asText()).isEqualTo("IMMEDIATELY");

        var done = org.twinninglive.support.RawHttp.send("POST", oneClick, null, form, body);

        assertThat(done.status()).as(done.text()).isEqualTo(204);
        assertThat(preferences(alice).get("contact-requested").asText()).isEqualTo("NEVER");
        assertThat(preferences(alice).get("contact-accepted").asText()).as("other kinds unchanged").isEqualTo("IMMEDIATELY");
        assertThat(People.invite(People.teacher("Uwe", "AT").token(), alice.id()).status()).isEqualTo(201);
        People.pause(Duration.ofSeconds(3));
        assertThat(Mailbox.to(alice.email())).as("no more contact request mails").hasSize(1);
    }

    private static JsonNode preferences(People.Person person) {
        return Http.get(API + "/v1/me/notification-preferences", person.token()).json();
    }

    private static void chooseLanguage(People.Person person, String language) {
        var answer = Http.send("PUT", API + "/v1/me/preferences", person.token(), "application/json",
                "{\"language\": \"" + language + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    static long unreadCount(People.Person person) {
        var answer = Http.get(API + "/v1/notifications/unread-count", person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("unread").asLong();
    }

    static List<JsonNode> list(People.Person person, String query) {
        var answer = Http.get(API + "/v1/notifications" + query, person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.list(answer.json().get("items"));
    }

    private static JsonNode read(People.Person person, String json) {
        var answer = Http.send("POST", API + "/v1/notifications/read", person.token(), "application/json", json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static Http.Answer choose(People.Person person, String json) {
        return Http.send("PUT", API + "/v1/me/notification-preferences", person.token(), "application/json", json);
    }

    private static Http.Answer decide(People.Person teacher, String json) {
        return Http.send("POST", API + "/v1/validations/" + teacher.id(), Keycloak.tokenOf("nss-es"),
                "application/json", json);
    }
}
