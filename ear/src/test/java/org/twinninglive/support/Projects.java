package org.twinninglive.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** Projects through the API, for the tests of projects (P1–P4) and of what builds on them. */
public final class Projects {

    /** The demo nss officer of each country that has one. */
    public static final Map<String, String> NSS = Map.of("ES", "nss-es", "FR", "nss-fr");

    /** A school of each country with an nss officer. */
    public static final Map<String, String> SCHOOL = Map.of("ES", People.RAMON_Y_CAJAL, "FR", People.JEAN_MOULIN);

    /** A text for each of the five criteria of a quality label application (P5). */
    private static final String LABEL_CRITERIA = """
            {"pedagogicalInnovation": "Pupils design the measurements themselves.",
             "curricularIntegration": "Science and geography lessons, two hours a week.",
             "collaboration": "Mixed teams of both schools write one report.",
             "useOfTechnology": "Shared spreadsheets and a weekly video call.",
             "resultsAndImpact": "A map of the rivers shown at the town hall."}""";

    private static final String LABEL_SCORES = """
            "scores": {"pedagogicalInnovation": 5, "curricularIntegration": 4, "collaboration": 5,
                       "useOfTechnology": 3, "resultsAndImpact": 4}""";

    private Projects() {
    }

    /** A teacher of this country (ES or FR) with a school there, whose account its nss validated (U6). */
    public static People.Person validatedTeacher(String firstName, String country) {
        var person = People.teacher(firstName, country);
        var added = People.addSchool(person.token(), SCHOOL.get(country));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var approved = Http.send("POST", API + "/v1/validations/" + person.id(), Keycloak.tokenOf(NSS.get(country)),
                "application/json", "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return person;
    }

    /** A body of POST /projects with this title and sound values for the rest. */
    public static String body(String title) {
        return """
                {"title": "%s", "description": "<p>Our pupils measure the <strong>rivers</strong> near their schools.</p>",
                 "subjects": ["SCIENCE", "GEOGRAPHY"], "ageFrom": 10, "ageTo": 12, "languages": ["en", "es"],
                 "startsOn": "2027-01-11", "endsOn": "2027-06-18"}
                """.formatted(title);
    }

    public static Http.Answer create(String token, String json) {
        return Http.send("POST", API + "/v1/projects", token, "application/json", json);
    }

    /** A new pending project of this founder; its id. */
    public static String created(People.Person founder, String title) {
        var answer = create(founder.token(), body(title));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("status").asText()).isEqualTo("PENDING");
        return answer.json().get("id").asText();
    }

    /** A project of this founder that their country's nss approved: open. */
    public static String open(People.Person founder, String country, String title) {
        String id = created(founder, title);
        var approved = decide(NSS.get(country), id, "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("OPEN");
        return id;
    }

    public static Http.Answer get(String token, String projectId) {
        return Http.get(API + "/v1/projects/" + projectId, token);
    }

    public static Http.Answer invite(String token, String projectId, String userId) {
        return Http.send("POST", API + "/v1/projects/" + projectId + "/invitations", token, "application/json",
                "{\"userId\": \"" + userId + "\"}");
    }

    public static Http.Answer answer(String token, String projectId, String invitationId, String decision) {
        return Http.send("POST", API + "/v1/projects/" + projectId + "/invitations/" + invitationId + "/" + decision,
                token, null, null);
    }

    /** The founder invites the person, who accepts: a member now. */
    public static void join(People.Person founder, String projectId, People.Person member) {
        var invited = invite(founder.token(), projectId, member.id());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        var accepted = answer(member.token(), projectId, invited.json().get("id").asText(), "accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    public static Http.Answer decide(String officer, String projectId, String json) {
        return Http.send("POST", API + "/v1/projects/" + projectId + "/validation", Keycloak.tokenOf(officer),
                "application/json", json);
    }

    public static Http.Answer post(String token, String projectId, String action) {
        return Http.send("POST", API + "/v1/projects/" + projectId + "/" + action, token, null, null);
    }

    /** The entry of this project in an officer's queue, looking through every page. */
    public static Optional<JsonNode> inQueue(String officer, String projectId) {
        String token = Keycloak.tokenOf(officer);
        for (int page = 0; ; page++) {
            var answer = Http.get(API + "/v1/project-validations?size=100&page=" + page, token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            for (JsonNode item : answer.json().get("items")) {
                if (item.get("id").asText().equals(projectId)) {
                    return Optional.of(item);
                }
            }
            if (answer.json().get("items").size() < 100) {
                return Optional.empty();
            }
        }
    }

    /** The member of this id in a project's JSON. */
    public static Optional<JsonNode> member(JsonNode project, String profileId) {
        for (JsonNode m : project.get("members")) {
            if (m.get("id").asText().equals(profileId)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * A member applies for a quality label of the project through the API (NATIONAL: of the
     * country they joined from; EUROPEAN), each criterion described; the application's id.
     */
    public static String applyForLabel(String token, String projectId, String level) {
        var applied = Http.send("POST", API + "/v1/projects/" + projectId + "/quality-label-applications", token,
                "application/json", "{\"level\": \"" + level + "\", \"criteria\": " + LABEL_CRITERIA + "}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        return applied.json().get("id").asText();
    }

    /** The officer (nss-es, nss-fr, css) gives the label applied for, every criterion scored. */
    public static Http.Answer approveLabel(String officer, String applicationId) {
        return Http.send("POST", API + "/v1/quality-label-applications/" + applicationId + "/review",
                Keycloak.tokenOf(officer), "application/json", "{\"decision\": \"APPROVE\", " + LABEL_SCORES + "}");
    }

    /**
     * The National Quality Labels of Spain and France, given through the API: each applied for by
     * a member who joined from that country, each given by that country's nss. The project may
     * then apply for the European Quality Label.
     */
    public static void labelInSpainAndFrance(People.Person spanish, People.Person french, String projectId) {
        var spain = approveLabel("nss-es", applyForLabel(spanish.token(), projectId, "NATIONAL"));
        assertThat(spain.status()).as(spain.body()).isEqualTo(200);
        var france = approveLabel("nss-fr", applyForLabel(french.token(), projectId, "NATIONAL"));
        assertThat(france.status()).as(france.body()).isEqualTo(200);
        assertThat(People.texts(get(null, projectId).json().get("labels"))).contains("NATIONAL:ES", "NATIONAL:FR");
    }

    /** The text of a PDF, as PDFBox reads it back. */
    public static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException notAPdf) {
            throw new AssertionError("not a PDF: " + notAPdf.getMessage(), notAPdf);
        }
    }

    /** The verification code printed on a certificate. */
    public static String verificationCode(String certificateText) {
        var code = java.util.regex.Pattern.compile("([a-z2-7]{26})").matcher(certificateText);
        assertThat(code.find()).as("a verification code in: %s", certificateText).isTrue();
        return code.group(1);
    }

    /** Waits for a mail of this subject to arrive at the address (other mails may come before it). */
    public static void awaitMail(String address, String subject) {
        People.eventually("a mail \"" + subject + "\" to " + address, java.time.Duration.ofSeconds(20),
                () -> Mailbox.to(address).stream().anyMatch(mail -> mail.subject().equals(subject)));
    }

    /** Asserts a refused invitation: 409 problem+json whose type ends with the cause. */
    public static void assertRefusedAs(Http.Answer answer, String cause) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).endsWith("/" + cause);
        assertThat(answer.json().get("detail").asText()).isNotBlank().doesNotContain("Exception");
    }
}
