package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.Passes;

/** The People pages with a real browser: search, profile, contact requests, editing, the nss queue (U1–U6, C2, F1). */
@ExtendWith(ArquillianExtension.class)
class PeopleBrowserIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST tests of this pass");
    }

    @Test
    void bobFindsAliceAndInvitesHerAndAliceAccepts() {
        String aliceProfile;
        try (var bob = new Browser()) {
            bob.open(APP + "/people/").signInAs("bob");
            bob.type(By.id("search-form:q"), "alice");
            bob.click(By.id("search-form:search")).waitForAjax(Duration.ofSeconds(10));
            bob.waitForText(By.id("search-form:results"), "Alice Martín", Duration.ofSeconds(10));
            bob.click(By.linkText("Alice Martín"));

            assertThat(bob.find(By.id("person-name")).getText()).isEqualTo("Alice Martín");
            assertThat(bob.find(By.id("person-school")).getText()).contains("IES Ramón y Cajal");
            aliceProfile = bob.currentUrl();
            assertThat(aliceProfile).matches(".*/people/b0000000-0000-4000-8000-000000000001");

            bob.click(By.id("profile-form:invite"));
            assertThat(bob.find(By.id("profile-form:invitation-pending")).getText()).contains("Contact request sent");
        }
        try (var alice = new Browser()) {
            alice.open(APP + "/people/contacts").signInAs("alice");
            var request = alice.find(By.xpath("//*[@id='contacts-form:incoming']//tr[td/a[normalize-space()='Bob Durand']]"));
            request.findElement(By.xpath(".//button[contains(@id,'accept')]")).click();

            alice.waitForText(By.id("contacts-form:contacts"), "Bob Durand", Duration.ofSeconds(10));
            assertThat(alice.find(By.cssSelector(".ui-messages-info")).getText()).contains("Request accepted");
        }
        try (var bob = new Browser()) {
            bob.open(APP + "/desktop/").signInAs("bob").waitForText(By.id("welcome"), "Bob", Duration.ofSeconds(10));
            bob.open(aliceProfile);
            assertThat(bob.find(By.id("profile-form:is-contact")).getText()).contains("In your contacts");
        }
    }

    @Test
    void aNewTeacherFillsInTheProfileUploadsAPhotoAndIsUnderReview() throws Exception {
        String teacher = Keycloak.newTeacher("Lucía Gómez", "ES");
        People.pastJoining(teacher);
        var picture = Files.createTempFile("photo", ".png");
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        try (var browser = new Browser()) {
            browser.open(APP + "/people/edit").signInAs(teacher);
            assertThat(browser.pageText()).contains("being reviewed by the National Support Service");

            browser.type(By.id("information-form:name"), " ");
            browser.type(By.id("information-form:bio"), "Art teacher in Sevilla.");
            browser.type(By.id("information-form:age-from_input"), "8");
            browser.type(By.id("information-form:age-to_input"), "12");
            browser.click(By.id("information-form:save-information"));
            browser.waitForText(By.id("information-form:name-message"), "Enter your name", Duration.ofSeconds(10));
            assertThat(browser.find(By.id("information-form:name-message")).getText())
                    .as("the refusal beside the field, in the teacher's words, not the API's")
                    .contains("Enter your name").doesNotContain("name is required");

            browser.type(By.id("information-form:name"), "Lucía Gómez");
            browser.click(By.id("information-form:save-information"));
            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("Saved");

            browser.findAll(By.cssSelector("#photo-form input[type=file]")).get(0).sendKeys(picture.toString());
            browser.click(By.id("photo-form:upload-photo"));
            browser.find(By.cssSelector("#photo-form\\:current-photo img.avatar-big"));

            browser.click(By.id("view-profile"));
            assertThat(browser.find(By.id("person-bio")).getText()).isEqualTo("Art teacher in Sevilla.");
            assertThat(browser.find(By.id("person-ages")).getText()).isEqualTo("8 to 12 years");
            assertThat(browser.find(By.id("profile-form:under-review")).getText()).contains("being reviewed");
            assertThat(browser.find(By.cssSelector("img.avatar-big")).getAttribute("src")).contains("/photos/");
        }
    }

    @Test
    void theSpanishNssApprovesAWaitingTeacherFromTheQueue() {
        String teacher = Keycloak.newTeacher("Marta Vidal", "ES");
        People.pastJoining(teacher);
        try (var newcomer = new Browser()) {
            newcomer.open(APP + "/desktop/").signInAs(teacher);
            assertThat(newcomer.find(By.id("account-under-review")).getText()).contains("being reviewed");
        }
        try (var nss = new Browser()) {
            nss.open(APP + "/support/validations").signInAs("nss-es");
            var row = nss.find(By.xpath("//tr[td/a[normalize-space()='Marta Vidal']]"));
            row.findElement(By.xpath(".//button[contains(@id,'approve')]")).click();

            assertThat(nss.find(By.cssSelector(".ui-messages-info")).getText()).contains("Account approved");
            assertThat(nss.find(By.id("validations-form:queue")).getText()).doesNotContain("Marta Vidal");
        }
        try (var teacherAgain = new Browser()) {
            teacherAgain.open(APP + "/desktop/").signInAs(teacher);
            assertThat(teacherAgain.find(By.id("welcome")).getText()).contains("Marta Vidal");
            assertThat(teacherAgain.pageText()).doesNotContain("being reviewed");
        }
    }

    @Test
    void aTeacherIsRefusedTheNssQueue() {
        try (var browser = new Browser()) {
            browser.open(APP + "/support/validations").signInAs("chiara");
            assertThat(browser.find(By.id("forbidden")).isDisplayed()).isTrue();
            assertThat(browser.pageText()).doesNotContain("Jorge Pérez");
        }
    }

    @Test
    void aTeacherWhoChoseSpanishReadsThePagesInSpanish() {
        String teacher = Keycloak.newTeacher("Inés Ruiz", "ES");
        People.pastJoining(teacher);
        var chosen = Http.send("PUT", API + "/v1/me/preferences", Keycloak.tokenOf(teacher), "application/json",
                "{\"language\": \"es\"}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        try (var browser = new Browser()) {
            browser.open(APP + "/people/contacts").signInAs(teacher);

            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Mis contactos");
            assertThat(browser.find(By.id("contacts-form:contacts")).getText()).contains("Aún no tienes contactos");
        }
    }

    @Test
    void aTeacherAddsASchoolByPickingItFromTheSuggestions() {
        String teacher = Keycloak.newTeacher("Pablo Serrano", "ES");
        People.pastJoining(teacher);
        try (var browser = new Browser()) {
            browser.open(APP + "/people/edit").signInAs(teacher);
            var box = browser.find(By.id("school-form:new-school_input"));
            assertThat(box.getAttribute("value")).as("nothing chosen yet: an empty box").isEmpty();

            box.sendKeys("Lorca");
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'CEIP Federico García Lorca')]"));
            browser.click(By.id("school-form:add-school"));

            browser.waitForText(By.id("my-schools"), "CEIP Federico García Lorca", Duration.ofSeconds(10));
            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("School added");
            assertThat(browser.pageText()).doesNotContain("Something went wrong");
        }
        var me = Http.get(API + "/v1/people/me", Keycloak.tokenOf(teacher));
        assertThat(me.json().get("school").get("name").asText()).as("saved, not only shown").isEqualTo("CEIP Federico García Lorca");
    }
}
