package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.RawHttp;
import org.twinninglive.support.Uploads;

/**
 * Projects through the API (P1, P3, P4): the life cycle with the nss of each founder's country,
 * who may see a project, every cause of a refused invitation, partners and the last founder.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsApiIT {

    // --- creation and validation ---

    @Test
    void aNewProjectIsPendingAndWaitsInItsCountrysQueueOnly() {
        var founder = Projects.validatedTeacher("Paula", "ES");

        var created = Projects.create(founder.token(), Projects.body("Rivers of Europe"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var project = created.json();
        String id = project.get("id").asText();
        assertThat(project.get("status").asText()).isEqualTo("PENDING");
        assertThat(project.get("title").asText()).isEqualTo("Rivers of Europe");
        assertThat(project.get("description").asText()).contains("<strong>rivers</strong>");
        assertThat(project.get("descriptionText").asText()).isEqualTo("Our pupils measure the rivers near their schools.");
        assertThat(People.texts(project.get("subjects"))).containsExactly("GEOGRAPHY", "SCIENCE");
        assertThat(People.texts(project.get("languages"))).containsExactly("en", "es");
        assertThat(People.texts(project.get("countries"))).containsExactly("ES");
        var member = Projects.member(project, founder.id()).orElseThrow();
        assertThat(member.get("role").asText()).isEqualTo("FOUNDER");
        assertThat(member.get("schoolId").asText()).isEqualTo(People.RAMON_Y_CAJAL);
        assertThat(People.texts(project.get("actions"))).contains("EDIT", "INVITE").doesNotContain("CLOSE");
        assertThat(Projects.inQueue("nss-es", id)).as("in the Spanish queue").isPresent();
        assertThat(Projects.inQueue("nss-fr", id)).as("not in the French queue").isEmpty();
        var mine = Http.get(API + "/v1/me/projects?status=PENDING", founder.token());
        assertThat(People.ids(mine.json().get("items"))).contains(id);
    }

    @Test
    void theNssIsToldOfEachProjectToReview() {
        var founder = Projects.validatedTeacher("Pilar", "ES");
        int before = toReview("nss-es");

        String id = Projects.created(founder, "Our village in 1900");

        assertThat(toReview("nss-es")).as("one more founder waits in the unread notices").isEqualTo(before + 1);
        var notices = Http.get(API + "/v1/notifications?unread=true&size=100", Keycloak.tokenOf("nss-es")).json();
        assertThat(People.list(notices.get("items"))).anySatisfy(notice -> {
            assertThat(notice.get("kind").asText()).isEqualTo("project-to-review");
            assertThat(notice.get("link").asText()).isEqualTo("/support/projects");
        });
        assertThat(Projects.inQueue("nss-es", id)).isPresent();
    }

    /** How many founders the officer's unread project-to-review notices stand for. */
    private static int toReview(String officer) {
        var answer = Http.get(API + "/v1/notifications?unread=true&size=100", Keycloak.tokenOf(officer));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.list(answer.json().get("items")).stream()
                .filter(notice -> notice.get("kind").asText().equals("project-to-review"))
                .mapToInt(notice -> notice.get("count").asInt()).sum();
    }

    @Test
    void creatingNeedsAValidatedTeacherWithASchoolAndSoundInformation() {
        var notValidated = People.teacher("Quique", "ES");
        People.assertProblem(Projects.create(notValidated.token(), Projects.body("Too early")), 403);

        var founder = Projects.validatedTeacher("Quima", "ES");
        People.assertRefused(Projects.create(founder.token(), Projects.body("")), "title");
        People.assertRefused(Projects.create(founder.token(), Projects.body("Ages").replace("\"ageTo\": 12",
                "\"ageTo\": 8")), "ageTo");
        People.assertRefused(Projects.create(founder.token(), Projects.body("No subject").replace(
                "[\"SCIENCE\", \"GEOGRAPHY\"]", "[]")), "subjects");
        People.assertRefused(Projects.create(founder.token(), Projects.body("Alchemy").replace(
                "\"SCIENCE\"", "\"ALCHEMY\"")), "subjects");
        People.assertRefused(Projects.create(founder.token(), Projects.body("Dates").replace("2027-06-18",
                "2026-06-18")), "endsOn");
        People.assertRefused(Projects.create(founder.token(), Projects.body("Script").replace(
                "<p>Our pupils measure the <strong>rivers</strong> near their schools.</p>",
                "<script>alert(1)</script>")), "description");
        var mine = Http.get(API + "/v1/me/projects?status=PENDING", founder.token());
        assertThat(mine.json().get("total").asInt()).as("nothing half-written").isZero();
        People.assertProblem(Projects.create(Keycloak.partnerToken(), Projects.body("Partner system")), 403);
    }

    @Test
    void aDescriptionIsSanitisedAndTheProjectIsOpenWhenItsNssApproves() {
        var founder = Projects.validatedTeacher("Ramona", "ES");
        var created = Projects.create(founder.token(), Projects.body("Birds").replace(
                "<p>Our pupils measure", "<p onclick=\\\"steal()\\\">Our <img src=x onerror=alert(1)>pupils measure"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("description").asText()).doesNotContain("onclick", "onerror", "<img");

        var approved = Projects.decide("nss-es", id, "{\"decision\": \"APPROVE\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(Projects.inQueue("nss-es", id)).isEmpty();
        var notices = Http.get(API + "/v1/notifications", founder.token()).json().get("items");
        assertThat(People.list(notices)).anySatisfy(notice -> {
            assertThat(notice.get("kind").asText()).isEqualTo("project-approved");
            assertThat(notice.get("link").asText()).isEqualTo("/projects/" + id);
        });
        Projects.awaitMail(founder.email(), "Your project is approved");
        var open = Http.get(API + "/v1/me/projects?status=OPEN", founder.token());
        assertThat(People.ids(open.json().get("items"))).containsExactly(id);
        assertThat(open.json().at("/items/0/actions").toString()).contains("CLOSE", "INVITE", "EDIT");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheFoundersRead() {
        var founder = Projects.validatedTeacher("Rocio", "ES");
        String id = Projects.created(founder, "Unclear plans");

        People.assertRefused(Projects.decide("nss-es", id, "{\"decision\": \"REJECT\"}"), "reason");
        People.assertRefused(Projects.decide("nss-es", id, "{\"decision\": \"MAYBE\"}"), "decision");
        assertThat(Projects.inQueue("nss-es", id)).as("still waiting").isPresent();

        var rejected = Projects.decide("nss-es", id, "{\"decision\": \"REJECT\", \"reason\": \"Say what the pupils do.\"}");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        var seen = Projects.get(founder.token(), id).json();
        assertThat(seen.get("rejectionReason").asText()).isEqualTo("Say what the pupils do.");
        assertThat(People.texts(seen.get("actions"))).isEmpty();
        var notices = Http.get(API + "/v1/notifications", founder.token()).json().get("items");
        assertThat(People.list(notices)).anySatisfy(notice ->
                assertThat(notice.get("text").asText()).contains("Say what the pupils do."));
        People.assertProblem(Projects.decide("nss-es", id, "{\"decision\": \"APPROVE\"}"), 404);
        People.assertProblem(Projects.get(null, id), 404);
    }

    @Test
    void anNssOfAnotherCountryCannotSeeNorDecideAProject() {
        var founder = Projects.validatedTeacher("Sara", "ES");
        String id = Projects.created(founder, "Spanish only");

        People.assertProblem(Projects.decide("nss-fr", id, "{\"decision\": \"APPROVE\"}"), 404);
        People.assertProblem(Projects.get(Keycloak.tokenOf("nss-fr"), id), 404);
        People.assertProblem(Http.get(API + "/v1/project-validations", founder.token()), 403);
        People.assertProblem(Projects.decide("nss-es", "b0000000-0000-4000-8000-00000000ffff",
                "{\"decision\": \"APPROVE\"}"), 404);
        assertThat(Projects.get(Keycloak.tokenOf("nss-es"), id).status()).as("its own country's nss").isEqualTo(200);
        assertThat(Projects.inQueue("nss-es", id)).isPresent();
    }

    @Test
    void aCoFounderOfAnotherCountryAddsTheirNssDecision() {
        var founder = Projects.validatedTeacher("Ursula", "ES");
        var coFounder = Projects.validatedTeacher("Ulysse", "FR");
        People.makeContacts(founder, coFounder);
        String id = Projects.created(founder, "Bridges");

        var invited = Projects.invite(founder.token(), id, coFounder.id());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("role").asText()).isEqualTo("FOUNDER");
        assertThat(Projects.get(coFounder.token(), id).status()).as("the invitee sees the pending project").isEqualTo(200);
        var invitations = Http.get(API + "/v1/me/project-invitations", coFounder.token()).json();
        assertThat(People.ids(invitations.get("items"))).containsExactly(invited.json().get("id").asText());
        var accepted = Projects.answer(coFounder.token(), id, invited.json().get("id").asText(), "accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(Projects.member(accepted.json(), coFounder.id()).orElseThrow().get("role").asText())
                .isEqualTo("FOUNDER");
        assertThat(Projects.inQueue("nss-fr", id)).as("now in the French queue").isPresent();

        var spanish = Projects.decide("nss-es", id, "{\"decision\": \"APPROVE\"}");
        assertThat(spanish.json().get("status").asText()).as("France has not decided").isEqualTo("PENDING");
        People.assertProblem(Projects.decide("nss-es", id, "{\"decision\": \"APPROVE\"}"), 404);
        assertThat(Projects.inQueue("nss-es", id)).isEmpty();

        var french = Projects.decide("nss-fr", id, "{\"decision\": \"APPROVE\"}");
        assertThat(french.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(People.texts(french.json().get("countries"))).containsExactly("ES", "FR");
        for (var person : List.of(founder, coFounder)) {
            var notices = Http.get(API + "/v1/notifications", person.token()).json().get("items");
            assertThat(People.list(notices)).as(person.name()).anySatisfy(notice ->
                    assertThat(notice.get("kind").asText()).isEqualTo("project-approved"));
        }
    }

    // --- who may see a project ---

    @Test
    void aPendingProjectDoesNotExistForOutsidersAndAnOpenOneIsPublic() {
        var founder = Projects.validatedTeacher("Valeria", "ES");
        var outsider = People.teacher("Vincent", "FR");
        String id = Projects.created(founder, "Hidden until approved");

        People.assertProblem(Projects.get(outsider.token(), id), 404);
        People.assertProblem(Projects.get(null, id), 404);
        People.assertProblem(Projects.get(Keycloak.partnerToken(), id), 404);
        People.assertProblem(Projects.invite(outsider.token(), id, founder.id()), 404);
        People.assertProblem(Projects.get(null, "not-a-project"), 404);

        Projects.decide("nss-es", id, "{\"decision\": \"APPROVE\"}");

        var visitor = Projects.get(null, id);
        assertThat(visitor.status()).as(visitor.body()).isEqualTo(200);
        assertThat(visitor.json().get("title").asText()).isEqualTo("Hidden until approved");
        var member = Projects.member(visitor.json(), founder.id()).orElseThrow();
        assertThat(member.get("school").asText()).isNotBlank();
        assertThat(member.get("country").asText()).isEqualTo("ES");
        assertThat(member.has("name")).as("a visitor reads schools, not names").isFalse();
        assertThat(visitor.json().has("approvals")).isFalse();
        assertThat(People.texts(visitor.json().get("actions"))).isEmpty();
        assertThat(Projects.get(outsider.token(), id).status()).isEqualTo(200);
        assertThat(Projects.get(Keycloak.partnerToken(), id).status()).isEqualTo(200);
        People.assertProblem(Http.send("PUT", API + "/v1/projects/" + id, null, "application/json",
                Projects.body("Changed by a visitor")), 401);
    }

    // --- search ---

    @Test
    void searchFindsOpenProjectsForEveryoneAndPendingOnesOnlyForTheirMembersAndNss() {
        var founder = Projects.validatedTeacher("Gema", "ES");
        var outsider = People.teacher("Gaspard", "FR");
        String word = People.uniqueWord();
        String open = Projects.open(founder, "ES", "Ríos " + word);
        String pending = Projects.created(founder, "Montañas " + word);

        assertThat(found(null, "q=" + word)).as("a visitor").containsExactly(open);
        assertThat(found(outsider.token(), "q=" + word)).containsExactly(open);
        assertThat(found(Keycloak.partnerToken(), "q=" + word)).containsExactly(open);
        assertThat(found(founder.token(), "q=" + word)).as("the founder's own pending one").containsOnly(open, pending);
        assertThat(found(Keycloak.tokenOf("nss-es"), "q=" + word)).containsOnly(open, pending);
        assertThat(found(Keycloak.tokenOf("nss-fr"), "q=" + word)).containsExactly(open);
        assertThat(found(null, "q=rios%20" + word.toLowerCase())).as("accents and case ignored").containsExactly(open);
        assertThat(found(null, "q=" + word + "&subject=GEOGRAPHY&age=11&language=es&country=ES&status=OPEN&year="
                + java.time.Year.now(java.time.ZoneOffset.UTC))).containsExactly(open);
        assertThat(found(null, "q=" + word + "&age=15")).as("outside the ages").isEmpty();
        assertThat(found(null, "q=" + word + "&country=FR")).isEmpty();
        assertThat(found(null, "q=" + word + "&subject=MUSIC")).isEmpty();
        assertThat(found(null, "q=" + word + "&status=CLOSED")).isEmpty();
        assertThat(found(null, "q=" + word + "&status=PENDING")).as("a visitor finds no pending one").isEmpty();

        People.assertRefused(Http.get(API + "/v1/projects?status=SOON", null), "status");
        People.assertRefused(Http.get(API + "/v1/projects?age=old", null), "age");
        People.assertRefused(Http.get(API + "/v1/projects?subject=ALCHEMY", null), "subject");
        People.assertRefused(Http.get(API + "/v1/projects?year=99", null), "year");
    }

    private static List<String> found(String token, String query) {
        var answer = Http.get(API + "/v1/projects?size=100&" + query, token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.ids(answer.json().get("items"));
    }

    // --- invitations: every cause of a refusal ---

    @Test
    void everyRefusedInvitationSaysItsCause() {
        var founder = Projects.validatedTeacher("Wanda", "ES");
        var contact = Projects.validatedTeacher("Walter", "ES");
        var stranger = Projects.validatedTeacher("Wendy", "ES");
        var asked = Projects.validatedTeacher("Wim", "ES");
        var notValidated = People.teacher("Wolf", "ES");
        People.makeContacts(founder, contact);
        People.makeContacts(founder, notValidated);
        assertThat(People.invite(founder.token(), asked.id()).status()).isEqualTo(201);
        People.choosePrivacy(stranger, "EVERYONE", true, false, false);
        String id = Projects.open(founder, "ES", "Causes");

        Projects.assertRefusedAs(Projects.invite(founder.token(), id, founder.id()), "self-invitation");
        Projects.assertRefusedAs(Projects.invite(founder.token(), id, stranger.id()), "not-a-contact");
        Projects.assertRefusedAs(Projects.invite(founder.token(), id, asked.id()), "contact-pending");
        Projects.assertRefusedAs(Projects.invite(founder.token(), id, notValidated.id()), "not-validated");
        var invited = Projects.invite(founder.token(), id, contact.id());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("role").asText()).isEqualTo("PARTNER");
        Projects.assertRefusedAs(Projects.invite(founder.token(), id, contact.id()), "already-invited");
        var accepted = Projects.answer(contact.token(), id, invited.json().get("id").asText(), "accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Projects.assertRefusedAs(Projects.invite(founder.token(), id, contact.id()), "already-partner");
        People.assertProblem(Projects.invite(contact.token(), id, stranger.id()), 403);
        assertThat(Projects.post(founder.token(), id, "close").status()).isEqualTo(200);
        Projects.assertRefusedAs(Projects.invite(founder.token(), id, asked.id()), "project-closed");
        People.assertRefused(Projects.invite(founder.token(), id, " "), "userId");
        People.assertProblem(Projects.invite(founder.token(), id, "b0000000-0000-4000-8000-00000000ffff"), 404);
    }

    @Test
    void aSecondCoFounderIsRefusedWhileTheProjectIsPending() {
        var founder = Projects.validatedTeacher("Xenia", "ES");
        var first = Projects.validatedTeacher("Xavier", "ES");
        var second = Projects.validatedTeacher("Ximena", "ES");
        People.makeContacts(founder, first);
        People.makeContacts(founder, second);
        String id = Projects.created(founder, "One co-founder");

        assertThat(Projects.invite(founder.token(), id, first.id()).status()).isEqualTo(201);

        Projects.assertRefusedAs(Projects.invite(founder.token(), id, second.id()), "project-pending");
    }

    @Test
    void theInviteeIsNotifiedAndMailedAndAnInvitationIsAnsweredOnce() {
        var founder = Projects.validatedTeacher("Yago", "ES");
        var partner = Projects.validatedTeacher("Yolanda", "ES");
        People.makeContacts(founder, partner);
        String id = Projects.open(founder, "ES", "Answered once");

        var invited = Projects.invite(founder.token(), id, partner.id());
        String invitation = invited.json().get("id").asText();

        var notices = Http.get(API + "/v1/notifications", partner.token()).json().get("items");
        assertThat(People.list(notices)).anySatisfy(notice -> {
            assertThat(notice.get("kind").asText()).isEqualTo("project-invitation");
            assertThat(notice.get("text").asText()).contains(founder.name()).contains("Answered once");
            assertThat(notice.get("link").asText()).isEqualTo("/projects/" + id);
        });
        Projects.awaitMail(partner.email(), "You are invited to a project on Twinning Live");
        People.assertProblem(Projects.answer(founder.token(), id, invitation, "accept"), 404);
        assertThat(Projects.answer(partner.token(), id, invitation, "decline").status()).isEqualTo(200);
        var again = Projects.answer(partner.token(), id, invitation, "accept");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(Projects.member(Projects.get(founder.token(), id).json(), partner.id())).isEmpty();
    }

    // --- partners, roles, leaving, closing ---

    @Test
    void foundersManagePartnersAndTheLastFounderHandsOverBeforeLeaving() {
        var founder = Projects.validatedTeacher("Zaida", "ES");
        var partner = Projects.validatedTeacher("Zacarias", "ES");
        var other = Projects.validatedTeacher("Zoe", "ES");
        People.makeContacts(founder, partner);
        People.makeContacts(founder, other);
        String id = Projects.open(founder, "ES", "Hand over");
        Projects.join(founder, id, partner);
        Projects.join(founder, id, other);
        String members = API + "/v1/projects/" + id + "/partners/";

        assertThat(Projects.get(partner.token(), id).json().get("actions").toString()).isEqualTo("[\"LEAVE\"]");
        People.assertProblem(Http.send("DELETE", members + other.id(), partner.token(), null, null), 403);
        var removed = Http.send("DELETE", members + other.id(), founder.token(), null, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(Projects.member(Projects.get(founder.token(), id).json(), other.id())).isEmpty();

        People.assertRefused(Http.send("DELETE", members + founder.id(), founder.token(), null, null), "successorId");
        var demoted = Http.send("PUT", members + founder.id(), founder.token(), "application/json",
                "{\"role\": \"PARTNER\"}");
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(409);
        People.assertRefused(Http.send("PUT", members + partner.id(), founder.token(), "application/json",
                "{\"role\": \"OWNER\"}"), "role");

        var left = Http.send("DELETE", members + founder.id() + "?successorId=" + partner.id(), founder.token(), null,
                null);

        assertThat(left.status()).as(left.body()).isEqualTo(204);
        var project = Projects.get(partner.token(), id).json();
        assertThat(Projects.member(project, partner.id()).orElseThrow().get("role").asText()).isEqualTo("FOUNDER");
        assertThat(Projects.member(project, founder.id())).isEmpty();
        assertThat(People.texts(project.get("actions"))).contains("CLOSE", "INVITE");
        var sole = Http.send("DELETE", members + partner.id(), partner.token(), null, null);
        assertThat(sole.status()).as("the only member closes instead").isEqualTo(409);
    }

    @Test
    void aClosedProjectIsReadOnlyUntilReopened() {
        var founder = Projects.validatedTeacher("Amparo", "ES");
        String id = Projects.open(founder, "ES", "Finished");

        var closed = Projects.post(founder.token(), id, "close");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(People.texts(closed.json().get("actions"))).containsExactly("REOPEN");

        var edited = Http.send("PUT", API + "/v1/projects/" + id, founder.token(), "application/json",
                Projects.body("Changed after closing"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(409);
        assertThat(edited.json().get("detail").asText()).contains("closed");
        assertThat(Projects.post(founder.token(), id, "close").status()).isEqualTo(409);
        assertThat(Projects.get(null, id).status()).as("closed projects stay public").isEqualTo(200);
        assertThat(People.ids(Http.get(API + "/v1/me/projects?status=CLOSED", founder.token()).json().get("items")))
                .containsExactly(id);

        var reopened = Projects.post(founder.token(), id, "reopen");
        assertThat(reopened.json().get("status").asText()).isEqualTo("OPEN");
        var edit = Http.send("PUT", API + "/v1/projects/" + id, founder.token(), "application/json",
                Projects.body("Second year"));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(edit.json().get("title").asText()).isEqualTo("Second year");
        People.assertRefused(Http.get(API + "/v1/me/projects?status=ARCHIVED", founder.token()), "status");
    }

    // --- pictures (P4) ---

    @Test
    void foundersShowUpToTenPicturesWithACoverThatVisitorsSeeOnceTheProjectIsOpen() {
        var founder = Projects.validatedTeacher("Lucía", "ES");
        var partner = Projects.validatedTeacher("Mateo", "ES");
        String id = Projects.created(founder, "Rivers in pictures");
        String images = API + "/v1/projects/" + id + "/images";

        var first = picture(founder.token(), id, "river.png", Uploads.png(640, 480));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        String firstId = first.json().get("id").asText();
        assertThat(first.json().get("cover").asBoolean()).as("the first picture is the cover").isTrue();
        assertThat(first.json().get("type").asText()).isEqualTo("image/png");
        assertThat(RawHttp.get(images + "/" + firstId, null).status()).as("pending: not public").isEqualTo(404);
        assertThat(RawHttp.get(images + "/" + firstId, Keycloak.tokenOf("nss-es")).status())
                .as("its nss sees what it decides on").isEqualTo(200);

        var text = picture(founder.token(), id, "river.png", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text.status()).as(text.text()).isEqualTo(400);
        assertThat(text.json().get("field").asText()).isEqualTo("file");

        assertThat(Projects.decide("nss-es", id, "{\"decision\": \"APPROVE\"}").status()).isEqualTo(200);
        People.makeContacts(founder, partner);
        Projects.join(founder, id, partner);
        var byPartner = picture(partner.token(), id, "mine.png", Uploads.png(100, 100));
        assertThat(byPartner.status()).as("founders only: " + byPartner.text()).isEqualTo(403);

        var picture = RawHttp.get(images + "/" + firstId, null);
        assertThat(picture.status()).as("open: anyone sees its pictures").isEqualTo(200);
        assertThat(picture.image().getWidth()).isEqualTo(640);
        var thumbnail = RawHttp.get(images + "/" + firstId + "/thumbnail", null);
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.image().getWidth()).isLessThanOrEqualTo(320);

        for (int n = 2; n <= 10; n++) {
            var added = picture(founder.token(), id, "river-" + n + ".png", Uploads.png(60 + n, 40));
            assertThat(added.status()).as(added.text()).isEqualTo(201);
            assertThat(added.json().get("cover").asBoolean()).isFalse();
        }
        var eleventh = picture(founder.token(), id, "one-too-many.png", Uploads.png(50, 50));
        assertThat(eleventh.status()).as(eleventh.text()).isEqualTo(409);
        assertThat(eleventh.json().get("detail").asText()).contains("10");

        var listed = Http.get(images, null);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json()).hasSize(10);
        String second = listed.json().get(1).get("id").asText();
        var covered = Http.send("PUT", API + "/v1/projects/" + id + "/cover", founder.token(), "application/json",
                "{\"imageId\": \"" + second + "\"}");
        assertThat(covered.status()).as(covered.body()).isEqualTo(200);
        assertThat(covered.json().get("coverImageId").asText()).isEqualTo(second);
        assertThat(Http.get(API + "/v1/projects?q=pictures", null).json().at("/items/0/coverImageId").asText())
                .as("search results carry the cover").isEqualTo(second);

        var removed = Http.send("DELETE", images + "/" + second, founder.token(), null, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(RawHttp.get(images + "/" + second, founder.token()).status()).as("erased").isEqualTo(404);
        assertThat(Projects.get(null, id).json().get("coverImageId").asText())
                .as("the oldest remaining picture is the cover").isEqualTo(firstId);
        assertThat(Http.send("DELETE", images + "/" + second, founder.token(), null, null).status()).isEqualTo(404);

        // a picture of another project is not this one's, nor is someone's loose upload
        var other = Projects.validatedTeacher("Olivia", "ES");
        String otherId = Projects.open(other, "ES", "Another project");
        String foreign = picture(other.token(), otherId, "theirs.png", Uploads.png(30, 30)).json().get("id").asText();
        assertThat(RawHttp.get(images + "/" + foreign, null).status()).isEqualTo(404);
        People.assertProblem(Http.send("PUT", API + "/v1/projects/" + id + "/cover", founder.token(), "application/json",
                "{\"imageId\": \"" + foreign + "\"}"), 404);

        assertThat(Projects.post(founder.token(), id, "close").status()).isEqualTo(200);
        assertThat(picture(founder.token(), id, "late.png", Uploads.png(40, 40)).status()).as("closed: read-only")
                .isEqualTo(409);
        assertThat(RawHttp.get(images + "/" + firstId, null).status()).as("closed projects stay public").isEqualTo(200);
    }

    private static RawHttp.Response picture(String token, String projectId, String fileName, byte[] content) {
        return Uploads.post(API + "/v1/projects/" + projectId + "/images", token,
                List.of(Uploads.Part.file(fileName, "image/png", content)));
    }

    // --- certificates (P6) ---

    @Test
    void aMemberDownloadsTheirCertificateWhichAnyoneCanVerify() throws Exception {
        var founder = Projects.validatedTeacher("Dolores", "ES");
        var partner = Projects.validatedTeacher("Diego", "ES");
        var outsider = Projects.validatedTeacher("Dario", "ES");
        People.makeContacts(founder, partner);
        String pending = Projects.created(founder, "Not yet approved");
        assertThat(certificate(founder.token(), pending).status()).as("pending: no certificate yet").isEqualTo(409);
        String id = Projects.open(founder, "ES", "Certified " + People.uniqueWord());
        Projects.join(founder, id, partner);

        var pdf = certificate(partner.token(), id);

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = Projects.pdfText(pdf.body());
        String title = Projects.get(partner.token(), id).json().get("title").asText();
        assertThat(text).contains("Certificate of participation").contains(partner.name()).contains(title)
                .contains("partner").contains("IES Ramón y Cajal");
        String code = Projects.verificationCode(text);
        assertThat(text).contains("/verify/" + code);
        assertThat(Projects.verificationCode(Projects.pdfText(certificate(partner.token(), id).body())))
                .as("the same certificate each time").isEqualTo(code);

        var verified = Http.get(API + "/v1/verify/" + code, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("genuine").asBoolean()).isTrue();
        assertThat(verified.json().get("holder").asText()).isEqualTo(partner.name());
        assertThat(verified.json().get("project").asText()).isEqualTo(title);
        assertThat(verified.json().get("role").asText()).isEqualTo("PARTNER");
        assertThat(verified.json().get("kind").asText()).isEqualTo("PROJECT_PARTICIPATION");

        People.assertProblem(Http.get(API + "/v1/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa", null), 404);
        People.assertProblem(Http.get(API + "/v1/verify/" + code.toUpperCase() + "x", null), 404);
        assertThat(certificate(outsider.token(), id).status()).as("not a member").isEqualTo(403);
        assertThat(certificate(null, id).status()).as("a visitor").isEqualTo(401);
        assertThat(certificate(partner.token(), "b0000000-0000-4000-8000-00000000ffff").status()).isEqualTo(404);
        assertThat(RawHttp.get(API + "/v1/projects/" + id + "/certificates/diploma", partner.token()).status())
                .isEqualTo(404);
        var export = Http.get(API + "/v1/people/me/export", partner.token()).json();
        assertThat(export.get("certificates").get(0).get("code").asText()).isEqualTo(code);
    }

    private static RawHttp.Response certificate(String token, String projectId) {
        return RawHttp.get(API + "/v1/projects/" + projectId + "/certificates/participation", token);
    }

    // --- progression and personal data ---

    @Test
    void projectsCountInTheProgressionBarAndAreInTheExport() {
        var founder = Projects.validatedTeacher("Berta", "ES");
        var partner = Projects.validatedTeacher("Benito", "ES");
        People.makeContacts(founder, partner);
        String id = Projects.open(founder, "ES", "Counted");
        Projects.join(founder, id, partner);

        var founderExport = Http.get(API + "/v1/people/me/export", founder.token()).json();
        assertThat(categories(founderExport)).as("a partner accepted the founder's project")
                .contains("project-created", "project-approved", "partner-accepted");
        assertThat(categories(Http.get(API + "/v1/people/me/export", partner.token()).json()))
                .doesNotContain("project-created", "partner-accepted");
        JsonNode membership = founderExport.get("projects").get(0);
        assertThat(membership.get("projectId").asText()).isEqualTo(id);
        assertThat(membership.get("role").asText()).isEqualTo("FOUNDER");
        var invitations = Http.get(API + "/v1/people/me/export", partner.token()).json().get("projectInvitations");
        assertThat(invitations.get(0).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void theErasedSoleFounderHandsTheProjectToTheLongestStandingPartner() {
        var founder = Projects.validatedTeacher("Celia", "ES");
        var first = Projects.validatedTeacher("Cesar", "ES");
        var second = Projects.validatedTeacher("Clara", "ES");
        People.makeContacts(founder, first);
        People.makeContacts(founder, second);
        String id = Projects.open(founder, "ES", "Kept alive");
        Projects.join(founder, id, first);
        Projects.join(founder, id, second);

        var pdf = RawHttp.get(API + "/v1/projects/" + id + "/certificates/participation", founder.token());
        String code = Projects.verificationCode(Projects.pdfText(pdf.body()));
        assertThat(Http.send("POST", API + "/v1/people/me/deletion", founder.token(), null, null).status())
                .isEqualTo(202);

        People.eventually("the founder is erased", Duration.ofSeconds(60),
                () -> Projects.member(Projects.get(first.token(), id).json(), founder.id()).isEmpty());
        var project = Projects.get(first.token(), id).json();
        assertThat(project.get("status").asText()).isEqualTo("OPEN");
        assertThat(Projects.member(project, first.id()).orElseThrow().get("role").asText()).isEqualTo("FOUNDER");
        assertThat(Projects.member(project, second.id()).orElseThrow().get("role").asText()).isEqualTo("PARTNER");
        var verified = Http.get(API + "/v1/verify/" + code, null).json();
        assertThat(verified.get("genuine").asBoolean()).as("still genuine").isTrue();
        assertThat(verified.get("formerMember").asBoolean()).isTrue();
        assertThat(verified.has("holder")).as("without the name").isFalse();
        assertThat(verified.get("project").asText()).isEqualTo("Kept alive");
    }

    private static List<String> categories(JsonNode export) {
        return People.list(export.get("progression")).stream().map(c -> c.get("category").asText()).toList();
    }
}
