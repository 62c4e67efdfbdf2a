package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.RawHttp;

/**
 * The European Prizes through the API (P5): the css opens a round with its categories and
 * period; founders and partners of projects holding the European Quality Label apply within the
 * period, once a round; the css marks the winners of each category; the winning project's members
 * download their prize certificate, which the verification page confirms. The server's clock is
 * not moved: the periods are placed around today (UTC days, as the server counts them).
 */
@ExtendWith(ArquillianExtension.class)
class PrizesApiIT {

    @Test
    void theCssOpensARoundLabelledProjectsApplyInItsPeriodAndTheWinnersMembersGetTheirCertificate() {
        var spanish = Projects.validatedTeacher("Inés", "ES");
        var french = Projects.validatedTeacher("Odile", "FR");
        var stranger = Projects.validatedTeacher("Pilar", "ES");
        String word = People.uniqueWord();
        String title = "Prize rivers " + word;
        String id = Projects.open(spanish, "ES", title);
        People.makeContacts(spanish, french);
        Projects.join(spanish, id, french);
        String unlabelled = Projects.open(stranger, "ES", "Unlabelled " + word);
        String hidden = Projects.created(stranger, "Pending " + word);
        String css = Keycloak.tokenOf("css");
        var today = LocalDate.now(ZoneOffset.UTC);

        // only the css opens rounds; every refusal of the input names its field
        String roundName = "European Prizes " + word;
        String round = roundBody(roundName, "[\"Age 12-15\", \"STEM\"]", today.minusDays(1), today.plusDays(1));
        People.assertProblem(openRound(spanish.token(), round), 403);
        People.assertRefused(openRound(css, roundBody(" ", "[\"STEM\"]", today, today)), "name");
        People.assertRefused(openRound(css, roundBody(roundName, "[]", today, today)), "categories");
        People.assertRefused(openRound(css, roundBody(roundName, "[\"STEM\", \"stem\"]", today, today)),
                "categories[1]");
        People.assertRefused(openRound(css, roundBody(roundName, "[\"STEM\"]", today.plusDays(2), today.plusDays(1))),
                "closesOn");
        People.assertRefused(openRound(css, roundBody(roundName, "[\"STEM\"]", today.minusDays(10),
                today.minusDays(5))), "closesOn");
        People.assertRefused(openRound(css, "{\"name\": \"" + roundName + "\", \"categories\": [\"STEM\"],"
                + " \"opensOn\": \"the first of March\", \"closesOn\": \"" + today + "\"}"), "opensOn");
        var opened = openRound(css, round);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("name").asText()).isEqualTo(roundName);
        assertThat(opened.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(People.texts(opened.json().get("categories"))).containsExactly("Age 12-15", "STEM");
        assertThat(opened.json().get("opensOn").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(opened.json().get("closesOn").asText()).isEqualTo(today.plusDays(1).toString());
        String roundId = opened.json().get("id").asText();
        var upcoming = openRound(css, roundBody("Next prizes " + word, "[\"STEM\"]", today.plusDays(5),
                today.plusDays(10)));
        assertThat(upcoming.status()).as(upcoming.body()).isEqualTo(201);
        assertThat(upcoming.json().get("status").asText()).isEqualTo("UPCOMING");
        String upcomingId = upcoming.json().get("id").asText();

        // rounds are public: listed and read without a token, their applications left out
        var listed = Http.get(API + "/v1/prize-rounds?size=100", null);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(People.ids(listed.json().get("items"))).contains(roundId, upcomingId);
        var read = Http.get(API + "/v1/prize-rounds/" + roundId, null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("winners")).isEmpty();
        assertThat(absent(read.json(), "applications")).isTrue();
        People.assertProblem(Http.get(API + "/v1/prize-rounds/" + UUID.randomUUID(), null), 404);

        // a project without the European Quality Label is refused, naming what it lacks
        var withoutLabel = apply(stranger.token(), roundId, unlabelled, "STEM", null);
        Projects.assertRefusedAs(withoutLabel, "european-quality-label-missing");
        assertThat(withoutLabel.json().get("detail").asText()).contains("European Quality Label");

        labelBothCountriesAndEurope(spanish, french, id);

        // only members apply, for a project they may see, in a round that exists, in one of its categories
        People.assertProblem(apply(stranger.token(), roundId, id, "STEM", null), 403);
        People.assertProblem(apply(spanish.token(), roundId, hidden, "STEM", null), 404);
        People.assertProblem(apply(spanish.token(), UUID.randomUUID().toString(), id, "STEM", null), 404);
        People.assertRefused(Http.send("POST", API + "/v1/prize-rounds/" + roundId + "/applications", spanish.token(),
                "application/json", "{\"category\": \"STEM\"}"), "projectId");
        People.assertRefused(apply(spanish.token(), roundId, id, "Arts", null), "category");

        // in the period: once a round per project, whichever member applies
        var applied = apply(french.token(), roundId, id, "stem", "Rivers measured by mixed teams.");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("category").asText()).isEqualTo("STEM");
        assertThat(applied.json().get("projectId").asText()).isEqualTo(id);
        assertThat(applied.json().get("projectTitle").asText()).isEqualTo(title);
        assertThat(applied.json().get("applicantId").asText()).isEqualTo(french.id());
        assertThat(applied.json().get("winner").asBoolean()).isFalse();
        String applicationId = applied.json().get("id").asText();
        Projects.assertRefusedAs(apply(spanish.token(), roundId, id, "Age 12-15", null), "prize-already-applied");

        // outside its period a round refuses, saying its days
        var early = apply(spanish.token(), upcomingId, id, "STEM", null);
        Projects.assertRefusedAs(early, "prize-round-not-open");
        assertThat(early.json().get("detail").asText()).contains(today.plusDays(5).toString())
                .contains(today.plusDays(10).toString());

        // the css reads the round's applications; nobody else does
        var asCss = Http.get(API + "/v1/prize-rounds/" + roundId, css);
        assertThat(People.ids(asCss.json().get("applications"))).containsExactly(applicationId);
        assertThat(absent(Http.get(API + "/v1/prize-rounds/" + roundId, french.token()).json(), "applications"))
                .isTrue();

        // the css marks the winner, among the round's applications of its category
        People.assertProblem(winner(french.token(), roundId, applicationId, null), 403);
        People.assertRefused(Http.send("POST", API + "/v1/prize-rounds/" + roundId + "/winners", css,
                "application/json", "{}"), "applicationId");
        People.assertProblem(winner(css, upcomingId, applicationId, null), 404);
        People.assertRefused(winner(css, roundId, applicationId, "Arts"), "category");
        Projects.assertRefusedAs(winner(css, roundId, applicationId, "Age 12-15"), "prize-other-category");
        var marked = winner(css, roundId, applicationId, "STEM");
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().at("/applications/0/winner").asBoolean()).isTrue();
        Projects.assertRefusedAs(winner(css, roundId, applicationId, null), "prize-already-won");

        // winners are public
        JsonNode winners = Http.get(API + "/v1/prize-rounds/" + roundId, null).json().get("winners");
        assertThat(winners).hasSize(1);
        assertThat(winners.get(0).get("projectId").asText()).isEqualTo(id);
        assertThat(winners.get(0).get("projectTitle").asText()).isEqualTo(title);
        assertThat(winners.get(0).get("category").asText()).isEqualTo("STEM");
        assertThat(People.list(Http.get(API + "/v1/notifications", french.token()).json().get("items")))
                .as("the applicant hears of it")
                .anySatisfy(n -> {
                    assertThat(n.get("kind").asText()).isEqualTo("prize-won");
                    assertThat(n.get("text").asText()).contains(title);
                });

        // every member downloads the certificate, which names the project, the round and the category
        var certificate = RawHttp.get(API + "/v1/projects/" + id + "/certificates/prize", spanish.token());
        assertThat(certificate.status()).as(certificate.text()).isEqualTo(200);
        String text = Projects.pdfText(certificate.body());
        assertThat(text.replaceAll("\\s+", " ")).contains("European Prize").contains(spanish.name()).contains(title)
                .contains(roundName).contains("STEM");
        var verified = Http.get(API + "/v1/verify/" + Projects.verificationCode(text), null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("kind").asText()).isEqualTo("PRIZE");
        assertThat(verified.json().get("projectId").asText()).isEqualTo(id);
        assertThat(verified.json().get("project").asText()).isEqualTo(title);
        assertThat(verified.json().get("prizeRound").asText()).isEqualTo(roundName);
        assertThat(verified.json().get("prizeCategory").asText()).isEqualTo("STEM");
        var again = RawHttp.get(API + "/v1/projects/" + id + "/certificates/prize", spanish.token());
        assertThat(Projects.verificationCode(Projects.pdfText(again.body())))
                .as("the same certificate each time").isEqualTo(Projects.verificationCode(text));
        assertThat(RawHttp.get(API + "/v1/projects/" + id + "/certificates/prize", stranger.token()).status())
                .as("not a member").isEqualTo(403);
        assertThat(RawHttp.get(API + "/v1/projects/" + unlabelled + "/certificates/prize", stranger.token())
                .status()).as("no prize won").isEqualTo(409);

        // the application counts in the applicant's progression and is in their export
        JsonNode export = Http.get(API + "/v1/people/me/export", french.token()).json();
        assertThat(People.list(export.get("progression")).stream().map(c -> c.get("category").asText()))
                .contains("prize-application");
        assertThat(People.list(Http.get(API + "/v1/people/me/export", spanish.token()).json().get("progression"))
                .stream().map(c -> c.get("category").asText())).doesNotContain("prize-application");
        JsonNode exported = export.get("prizeApplications");
        assertThat(exported).hasSize(1);
        assertThat(exported.at("/0/id").asText()).isEqualTo(applicationId);
        assertThat(exported.at("/0/round").asText()).isEqualTo(roundName);
        assertThat(exported.at("/0/summary").asText()).isEqualTo("Rivers measured by mixed teams.");
        assertThat(exported.at("/0/winner").asBoolean()).isTrue();
    }

    /** National Quality Labels of Spain and France, then the European one, each given through the API. */
    private static void labelBothCountriesAndEurope(People.Person spanish, People.Person french, String projectId) {
        Projects.labelInSpainAndFrance(spanish, french, projectId);
        var europe = Projects.approveLabel("css", Projects.applyForLabel(french.token(), projectId, "EUROPEAN"));
        assertThat(europe.status()).as(europe.body()).isEqualTo(200);
        assertThat(People.texts(Projects.get(null, projectId).json().get("labels"))).contains("EUROPEAN");
    }

    private static String roundBody(String name, String categories, LocalDate opensOn, LocalDate closesOn) {
        return "{\"name\": \"%s\", \"categories\": %s, \"opensOn\": \"%s\", \"closesOn\": \"%s\"}"
                .formatted(name, categories, opensOn, closesOn);
    }

    private static Http.Answer openRound(String token, String json) {
        return Http.send("POST", API + "/v1/prize-rounds", token, "application/json", json);
    }

    private static Http.Answer apply(String token, String roundId, String projectId, String category, String summary) {
        String body = "{\"projectId\": \"" + projectId + "\", \"category\": \"" + category + "\""
                + (summary == null ? "" : ", \"summary\": \"" + summary + "\"") + "}";
        return Http.send("POST", API + "/v1/prize-rounds/" + roundId + "/applications", token, "application/json",
                body);
    }

    private static Http.Answer winner(String token, String roundId, String applicationId, String category) {
        String body = "{\"applicationId\": \"" + applicationId + "\""
                + (category == null ? "" : ", \"category\": \"" + category + "\"") + "}";
        return Http.send("POST", API + "/v1/prize-rounds/" + roundId + "/winners", token, "application/json", body);
    }

    /** Whether the field is left out (or null): what the API does with what the reader may not see. */
    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }
}
