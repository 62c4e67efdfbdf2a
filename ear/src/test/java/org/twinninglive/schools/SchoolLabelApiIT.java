package org.twinninglive.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;

/**
 * The eTwinning School label through the API: a validated teacher of a school with two years on
 * the platform, three active teachers and a project with a recent National Quality Label applies
 * with the head's declaration; the nss of the school's country rejects with a reason or approves
 * for two school years; the label shows on the school. No school can be made two years old
 * through the API: the full path runs on the demo school CEIP Federico García Lorca, on the
 * platform since 2015 in the demo data (R__demo_data.sql) and taught at by the demo José only,
 * which no other test joins ({@link SchoolLabelBrowserIT} takes Collège Jean Moulin); a new school
 * shows the refusal of the too recent. The path needs a school that never applied, so a fresh
 * database (as {@code ./twinning test} and CI have): on one where an earlier run applied for
 * García Lorca's label, it fails at once, saying so.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolLabelApiIT {

    private static final String DECLARED =
            "{\"headDeclaration\": true, \"statement\": \"Twelve projects since 2016.\"}";

    @Test
    void anEligibleSchoolIsRefusedThenLabelledForTwoSchoolYears() {
        String lorca = People.GARCIA_LORCA;
        var before = applications(Keycloak.tokenOf("nss-es"), lorca);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(People.list(before.json())).as("This test needs a fresh database: García Lorca applied for the"
                + " label in an earlier run on this one (no other school is two years on the platform). Drop the"
                + " database, or run ./twinning test.").isEmpty();
        var ana = teacherAt("Amparo", lorca);
        var outsider = Projects.validatedTeacher("Pilar", "ES");

        // José and Amparo: two active teachers
        var tooFew = apply(ana.token(), lorca, DECLARED);
        Projects.assertRefusedAs(tooFew, "too-few-active-teachers");
        assertThat(tooFew.json().get("detail").asText()).contains("3 are needed");

        var ben = teacherAt("Bruno", lorca);
        var clara = teacherAt("Clara", lorca);
        Projects.assertRefusedAs(apply(ana.token(), lorca, DECLARED), "no-recent-national-label");

        // a project of Amparo's, joined from the school, receives Spain's National Quality Label
        String project = Projects.open(ana, "ES", "Lorca's rivers " + People.uniqueWord());
        var labelled = Projects.approveLabel("nss-es", Projects.applyForLabel(ana.token(), project, "NATIONAL"));
        assertThat(labelled.status()).as(labelled.body()).isEqualTo(200);

        // the head's declaration is a field of its own; only the school's validated teachers apply
        People.assertRefused(apply(ana.token(), lorca, "{\"statement\": \"Without the head.\"}"), "headDeclaration");
        People.assertRefused(apply(ana.token(), lorca, "{\"headDeclaration\": false}"), "headDeclaration");
        People.assertProblem(apply(outsider.token(), lorca, DECLARED), 403);

        var applied = apply(ana.token(), lorca, DECLARED);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(applied.json().get("schoolId").asText()).isEqualTo(lorca);
        assertThat(applied.json().get("country").asText()).isEqualTo("ES");
        assertThat(applied.json().get("applicantId").asText()).isEqualTo(ana.id());
        assertThat(applied.json().get("headDeclaration").asBoolean()).isTrue();
        assertThat(applied.json().get("statement").asText()).isEqualTo("Twelve projects since 2016.");
        assertThat(applied.json().get("activeTeachers").asInt()).as("José, Amparo, Bruno and Clara")
                .isGreaterThanOrEqualTo(4);
        String first = applied.json().get("id").asText();
        Projects.assertRefusedAs(apply(ben.token(), lorca, DECLARED), "school-label-pending");

        // the school's teachers and Spain's nss read the applications; nobody else
        assertThat(People.ids(applications(ben.token(), lorca).json())).containsExactly(first);
        assertThat(People.ids(applications(Keycloak.tokenOf("nss-es"), lorca).json())).containsExactly(first);
        People.assertProblem(applications(outsider.token(), lorca), 403);
        People.assertProblem(applications(Keycloak.tokenOf("nss-fr"), lorca), 403);

        // Spain's nss decides it, nobody else
        assertThat(inQueue("nss-es", first, "PENDING")).as("in Spain's queue").isPresent();
        assertThat(inQueue("nss-fr", first, "PENDING")).as("not in France's").isEmpty();
        People.assertProblem(Http.get(API + "/v1/school-label-applications", ana.token()), 403);
        People.assertRefused(Http.get(API + "/v1/school-label-applications?status=LOST", Keycloak.tokenOf("nss-es")),
                "status");
        assertThat(People.list(Http.get(API + "/v1/notifications?size=100", Keycloak.tokenOf("nss-es")).json()
                .get("items"))).anySatisfy(n -> assertThat(n.get("kind").asText()).isEqualTo("school-label-to-review"));
        People.assertProblem(decide("nss-fr", first, "{\"decision\": \"APPROVE\"}"), 404);
        People.assertProblem(Http.send("POST", API + "/v1/school-label-applications/" + first + "/decision",
                ana.token(), "application/json", "{\"decision\": \"APPROVE\"}"), 403);
        People.assertRefused(decide("nss-es", first, "{\"decision\": \"MAYBE\"}"), "decision");
        People.assertRefused(decide("nss-es", first, "{\"decision\": \"REJECT\"}"), "reason");

        // a rejection, whose reason the applicant reads; then the school applies again
        var rejected = decide("nss-es", first,
                "{\"decision\": \"REJECT\", \"reason\": \"Tell us about your pupils.\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        People.assertProblem(decide("nss-es", first, "{\"decision\": \"APPROVE\"}"), 409);
        assertThat(applications(ana.token(), lorca).json().get(0).get("reason").asText())
                .isEqualTo("Tell us about your pupils.");
        assertThat(People.list(Http.get(API + "/v1/notifications?size=100", ana.token()).json().get("items")))
                .anySatisfy(n -> {
                    assertThat(n.get("kind").asText()).isEqualTo("school-label-rejected");
                    assertThat(n.get("text").asText()).contains("Tell us about your pupils.");
                });
        assertThat(People.text(school(lorca).json(), "labelledUntil")).as("not labelled").isNull();
        assertThat(inQueue("nss-es", first, "REJECTED")).isPresent();
        assertThat(inQueue("nss-es", first, "PENDING")).isEmpty();

        var second = apply(ben.token(), lorca, "{\"headDeclaration\": true}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String secondId = second.json().get("id").asText();
        var approved = decide("nss-es", secondId, "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        String until = expectedLastDay().toString();
        assertThat(approved.json().get("validUntil").asText()).isEqualTo(until);

        // the label shows on the school, in the registry's lists too, and the school does not apply again
        assertThat(People.text(school(lorca).json(), "labelledUntil")).isEqualTo(until);
        var found = Http.get(API + "/v1/schools?q=" + People.encode("Federico García Lorca"), Keycloak.partnerToken());
        assertThat(People.list(found.json().get("items"))).filteredOn(s -> s.get("id").asText().equals(lorca))
                .singleElement().satisfies(s -> assertThat(s.get("labelledUntil").asText()).isEqualTo(until));
        var held = apply(clara.token(), lorca, DECLARED);
        Projects.assertRefusedAs(held, "school-label-held");
        assertThat(held.json().get("detail").asText()).contains(until);
        assertThat(People.list(Http.get(API + "/v1/notifications?size=100", ben.token()).json().get("items")))
                .anySatisfy(n -> assertThat(n.get("kind").asText()).isEqualTo("school-label-awarded"));

        // the applicant's application, with the statement, is in their export
        JsonNode exported = Http.get(API + "/v1/people/me/export", ana.token()).json().get("schoolLabelApplications");
        assertThat(exported).hasSize(1);
        assertThat(exported.at("/0/id").asText()).isEqualTo(first);
        assertThat(exported.at("/0/applicant").asBoolean()).isTrue();
        assertThat(exported.at("/0/headDeclaration").asBoolean()).isTrue();
        assertThat(exported.at("/0/statement").asText()).isEqualTo("Twelve projects since 2016.");
        assertThat(exported.at("/0/reason").asText()).isEqualTo("Tell us about your pupils.");
    }

    @Test
    void aSchoolOnThePlatformForLessThanTwoYearsIsToldWhenItJoined() {
        var teacher = People.newcomer("Berta", "ES");
        People.acceptTerms(teacher.token());
        String name = "Escuela Nueva " + People.uniqueWord();
        var proposed = Http.send("POST", API + "/v1/me/joining/school-proposals", teacher.token(), "application/json",
                "{\"name\": \"" + name + "\", \"city\": \"Huesca\", \"country\": \"ES\", \"type\": \"PRIMARY\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String schoolId = proposed.json().get("school").get("id").asText();

        // a proposal is not in the registry yet, and its teacher waits for validation
        People.assertProblem(school(schoolId), 404);
        People.assertProblem(apply(teacher.token(), schoolId, DECLARED), 404);
        var approved = Http.send("POST", API + "/v1/validations/" + teacher.id(), Keycloak.tokenOf("nss-es"),
                "application/json", "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        var read = school(schoolId);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo(name);
        assertThat(People.text(read.json(), "labelledUntil")).isNull();
        People.assertRefused(apply(teacher.token(), schoolId, "{}"), "headDeclaration");
        var tooRecent = apply(teacher.token(), schoolId, DECLARED);
        Projects.assertRefusedAs(tooRecent, "school-too-recent");
        assertThat(tooRecent.json().get("detail").asText()).contains("less than two years ago");
        var listed = applications(teacher.token(), schoolId);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json()).as("a refused application is not recorded").isEmpty();
        People.assertProblem(school("no-such-school"), 404);
    }

    /** A new teacher of Spain at this school, validated by Spain's nss. */
    private static People.Person teacherAt(String firstName, String schoolId) {
        var person = People.teacher(firstName, "ES");
        var added = People.addSchool(person.token(), schoolId);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var approved = Http.send("POST", API + "/v1/validations/" + person.id(), Keycloak.tokenOf("nss-es"),
                "application/json", "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return person;
    }

    /** The 31 August ending the school year after the current one in Spain; in July and August, after the coming one. */
    private static LocalDate expectedLastDay() {
        var today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        int schoolYear = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(schoolYear + 2, 8, 31);
    }

    private static Http.Answer school(String id) {
        return Http.get(API + "/v1/schools/" + id, Keycloak.partnerToken());
    }

    private static Http.Answer apply(String token, String schoolId, String json) {
        return Http.send("POST", API + "/v1/schools/" + schoolId + "/label-applications", token, "application/json",
                json);
    }

    private static Http.Answer applications(String token, String schoolId) {
        return Http.get(API + "/v1/schools/" + schoolId + "/label-applications", token);
    }

    private static Http.Answer decide(String officer, String applicationId, String json) {
        return Http.send("POST", API + "/v1/school-label-applications/" + applicationId + "/decision",
                Keycloak.tokenOf(officer), "application/json", json);
    }

    /** The entry of this application in an officer's queue of this status, looking through every page. */
    private static Optional<JsonNode> inQueue(String officer, String applicationId, String status) {
        String token = Keycloak.tokenOf(officer);
        for (int page = 0; ; page++) {
            var answer = Http.get(API + "/v1/school-label-applications?size=100&status=" + status + "&page=" + page,
                    token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            for (JsonNode item : answer.json().get("items")) {
                if (item.get("id").asText().equals(applicationId)) {
                    return Optional.of(item);
                }
            }
            if (answer.json().get("items").size() < 100) {
                return Optional.empty();
            }
        }
    }
}
