package org.twinninglive.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Mailbox;
import org.twinninglive.support.People;

/** Announcements of the Central Support Service (N2): a fan-out delivered in the background. */
@ExtendWith(ArquillianExtension.class)
class AnnouncementsApiIT {

    @Test
    void anAnnouncementToOneCountryReachesEveryMemberThereByNotificationAndMail() {
        var first = People.teacher("Ugo", "MT");
        var second = People.teacher("Uta", "MT");
        var elsewhere = People.teacher("Udo", "LU");
        String text = "The platform is closed for maintenance on Sunday " + People.uniqueWord() + ".";

        var made = announce("{\"text\": \"" + text + "\", \"country\": \"mt\"}");

        assertThat(made.status()).as(made.body()).isEqualTo(202);
        assertThat(made.json().get("recipients").asInt()).as("the teachers of Malta").isGreaterThanOrEqualTo(2);
        String id = made.json().get("id").asText();
        People.eventually("the announcement delivered", Duration.ofSeconds(20), () ->
                Http.get(API + "/v1/announcements/" + id, Keycloak.tokenOf("css")).json().hasNonNull("completedAt"));
        var done = Http.get(API + "/v1/announcements/" + id, Keycloak.tokenOf("css")).json();
        assertThat(done.get("delivered").asInt()).isEqualTo(done.get("recipients").asInt());

        for (var teacher : java.util.List.of(first, second)) {
            var notice = NotificationsApiIT.list(teacher, "").get(0);
            assertThat(notice.get("kind").asText()).isEqualTo("announcement");
            assertThat(notice.get("text").asText()).isEqualTo(text);
            var mail = Mailbox.await(teacher.email(), 1, Duration.ofSeconds(20)).get(0);
            assertThat(mail.subject()).isEqualTo("An announcement from Twinning Live");
            assertThat(mail.body()).contains(text).contains("/mail/unsubscribe?t=");
        }
        assertThat(NotificationsApiIT.list(elsewhere, "")).as("another country's teacher").isEmpty();
    }

    @Test
    void onlyTheCentralSupportServiceAnnouncesAndBadInputIsRefused() {
        var teacher = People.teacher("Vera", "MT");

        People.assertProblem(Http.send("POST", API + "/v1/announcements", teacher.token(), "application/json",
                "{\"text\": \"Hello all\"}"), 403);
        People.assertRefused(announce("{\"text\": \"   \"}"), "text");
        People.assertRefused(announce("{\"text\": \"" + "x".repeat(1001) + "\"}"), "text");
        People.assertRefused(announce("{\"text\": \"Hello\", \"country\": \"XX\"}"), "country");
        People.assertProblem(Http.get(API + "/v1/announcements/no-such-announcement", Keycloak.tokenOf("css")), 404);
        People.assertProblem(Http.get(API + "/v1/announcements/no-such-announcement", teacher.token()), 403);
    }

    private static Http.Answer announce(String json) {
        return Http.send("POST", API + "/v1/announcements", Keycloak.tokenOf("css"), "application/json", json);
    }
}
