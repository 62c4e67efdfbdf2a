package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.RawHttp;

/**
 * Quality labels through the API (P5): members apply with the five criteria, the nss of the
 * applicant's country scores and decides national ones, the css European ones; labels show on
 * the project and in search, and the teachers of the labelled schools download their certificate.
 */
@ExtendWith(ArquillianExtension.class)
class QualityLabelsApiIT {

    private static final String CRITERIA = """
            {"pedagogicalInnovation": "Pupils design the measurements themselves.",
             "curricularIntegration": "Science and geography lessons, two hours a week.",
             "collaboration": "Mixed teams of both schools write one report.",
             "useOfTechnology": "Shared spreadsheets and a weekly video call.",
             "resultsAndImpact": "A map of the rivers shown at the town hall."}""";

    private static final String SCORES = """
            "scores": {"pedagogicalInnovation": 5, "curricularIntegration": 4, "collaboration": 5,
                       "useOfTechnology": 3, "resultsAndImpact": 4}""";

    @Test
    void nationalLabelsOfTwoCountriesOpenTheEuropeanOneAndEachHasItsCertificate() throws Exception {
        var spanish = Projects.validatedTeacher("Inés", "ES");
        var french = Projects.validatedTeacher("Odile", "FR");
        var stranger = Projects.validatedTeacher("Pilar", "ES");
        String id = Projects.open(spanish, "ES", "Labelled rivers " + People.uniqueWord());
        People.makeContacts(spanish, french);
        Projects.join(spanish, id, french);

        // a text for every criterion, named when missing
        var missing = apply(spanish.token(), id, "NATIONAL", CRITERIA.replace("\"collaboration\": \"Mixed teams of both"
                + " schools write one report.\",", ""));
        People.assertRefused(missing, "criteria.collaboration");
        People.assertProblem(apply(stranger.token(), id, "NATIONAL", CRITERIA), 403);
        People.assertRefused(apply(spanish.token(), id, "REGIONAL", CRITERIA), "level");
        People.assertProblem(apply(spanish.token(), id, "EUROPEAN", CRITERIA), 409);

        var applied = apply(spanish.token(), id, "NATIONAL", CRITERIA);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(applied.json().get("country").asText()).isEqualTo("ES");
        String spanishApplication = applied.json().get("id").asText();
        People.assertProblem(apply(spanish.token(), id, "NATIONAL", CRITERIA), 409);
        assertThat(inQueue("nss-es", spanishApplication)).as("Spain's nss reviews it").isTrue();
        assertThat(inQueue("nss-fr", spanishApplication)).as("not France's").isFalse();
        People.assertProblem(Http.get(API + "/v1/quality-label-applications", spanish.token()), 403);
        assertThat(People.list(Http.get(API + "/v1/notifications", Keycloak.tokenOf("nss-es")).json().get("items")))
                .anySatisfy(n -> assertThat(n.get("kind").asText()).isEqualTo("quality-label-to-review"));

        // the review: every score 0-5, a reason for a rejection; only Spain's nss
        People.assertProblem(review("nss-fr", spanishApplication, "APPROVE", SCORES), 404);
        People.assertRefused(review("nss-es", spanishApplication, "APPROVE", SCORES.replace("\"useOfTechnology\": 3",
                "\"useOfTechnology\": 6")), "scores.useOfTechnology");
        People.assertRefused(review("nss-es", spanishApplication, "REJECT", SCORES), "reason");
        var approved = review("nss-es", spanishApplication, "APPROVE", SCORES
                + ", \"comments\": {\"collaboration\": \"Truly joint work.\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("total").asInt()).isEqualTo(21);
        assertThat(approved.json().at("/criteria/2/comment").asText()).isEqualTo("Truly joint work.");
        People.assertProblem(review("nss-es", spanishApplication, "APPROVE", SCORES), 409);
        assertThat(People.texts(Projects.get(null, id).json().get("labels"))).containsExactly("NATIONAL:ES");
        assertThat(People.ids(Http.get(API + "/v1/projects?label=NATIONAL&q=labelled", null).json().get("items")))
                .contains(id);
        assertThat(People.ids(Http.get(API + "/v1/projects?label=EUROPEAN&q=labelled", null).json().get("items")))
                .doesNotContain(id);
        People.assertRefused(Http.get(API + "/v1/projects?label=GOLD", null), "label");

        // the national label's certificate is for the teachers of the Spanish school only
        var certificate = RawHttp.get(API + "/v1/projects/" + id + "/certificates/national-quality-label", spanish.token());
        assertThat(certificate.status()).as(certificate.text()).isEqualTo(200);
        String text = Projects.pdfText(certificate.body());
        assertThat(text).contains("National Quality Label").contains(spanish.name());
        var verified = Http.get(API + "/v1/verify/" + Projects.verificationCode(text), null);
        assertThat(verified.json().get("kind").asText()).isEqualTo("NATIONAL_QUALITY_LABEL");
        assertThat(RawHttp.get(API + "/v1/projects/" + id + "/certificates/national-quality-label", french.token())
                .status()).as("France's label is not held yet").isEqualTo(409);

        // France's label too, then the European one, reviewed by the css
        String frenchApplication = apply(french.token(), id, "NATIONAL", CRITERIA).json().get("id").asText();
        assertThat(review("nss-fr", frenchApplication, "APPROVE", SCORES).status()).isEqualTo(200);
        var european = apply(french.token(), id, "EUROPEAN", CRITERIA);
        assertThat(european.status()).as(european.body()).isEqualTo(201);
        String europeanApplication = european.json().get("id").asText();
        assertThat(inQueue("nss-es", europeanApplication)).isFalse();
        People.assertProblem(review("nss-es", europeanApplication, "APPROVE", SCORES), 404);
        assertThat(inQueue("css", europeanApplication)).isTrue();
        var europeanApproved = review("css", europeanApplication, "APPROVE", SCORES);
        assertThat(europeanApproved.status()).as(europeanApproved.body()).isEqualTo(200);
        assertThat(People.texts(Projects.get(null, id).json().get("labels")))
                .containsExactly("EUROPEAN", "NATIONAL:ES", "NATIONAL:FR");
        assertThat(RawHttp.get(API + "/v1/projects/" + id + "/certificates/european-quality-label", spanish.token())
                .status()).as("every member holds the European label").isEqualTo(200);

        // the members read the applications; the applicant's texts are in their export
        var listed = Http.get(API + "/v1/projects/" + id + "/quality-label-applications", spanish.token());
        assertThat(listed.json()).hasSize(3);
        assertThat(Http.get(API + "/v1/projects/" + id + "/quality-label-applications", stranger.token()).json())
                .isEmpty();
        JsonNode exported = Http.get(API + "/v1/people/me/export", spanish.token()).json().get("qualityLabelApplications");
        assertThat(exported).hasSize(1);
        assertThat(exported.at("/0/criteria/collaboration").asText()).startsWith("Mixed teams");
    }

    @Test
    void aRejectionIsToldWithItsReasonAndAnApplicationIsNotReviewedTwice() {
        var teacher = Projects.validatedTeacher("Rocío", "ES");
        String id = Projects.open(teacher, "ES", "Not yet labelled");
        String application = apply(teacher.token(), id, "NATIONAL", CRITERIA).json().get("id").asText();

        var rejected = review("nss-es", application, "REJECT", SCORES + ", \"reason\": \"Show the pupils' results.\"");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(Projects.get(null, id).json().get("labels")).isEmpty();
        assertThat(People.list(Http.get(API + "/v1/notifications", teacher.token()).json().get("items")))
                .anySatisfy(n -> assertThat(n.get("text").asText()).contains("Show the pupils' results."));
        People.assertProblem(review("nss-es", application, "APPROVE", SCORES), 409);
        assertThat(RawHttp.get(API + "/v1/projects/" + id + "/certificates/national-quality-label", teacher.token())
                .status()).isEqualTo(409);
    }

    private static Http.Answer apply(String token, String projectId, String level, String criteria) {
        return Http.send("POST", API + "/v1/projects/" + projectId + "/quality-label-applications", token,
                "application/json", "{\"level\": \"" + level + "\", \"criteria\": " + criteria + "}");
    }

    private static Http.Answer review(String officer, String applicationId, String decision, String rest) {
        return Http.send("POST", API + "/v1/quality-label-applications/" + applicationId + "/review",
                Keycloak.tokenOf(officer), "application/json", "{\"decision\": \"" + decision + "\", " + rest + "}");
    }

    private static boolean inQueue(String officer, String applicationId) {
        var queue = Http.get(API + "/v1/quality-label-applications?size=100", Keycloak.tokenOf(officer));
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        return People.ids(queue.json().get("items")).contains(applicationId);
    }
}
