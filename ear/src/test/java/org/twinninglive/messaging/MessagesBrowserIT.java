package org.twinninglive.messaging;

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
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;

/**
 * The mail pages with a real browser (N3): writing to a contact with an attachment, reading,
 * replying; each page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST tests of this pass");
    }

    @Test
    void bobWritesToAContactWhoReadsItAndReplies() throws Exception {
        var bob = People.teacher("Bob", "FR");
        var carla = People.teacher("Carla", "IT");
        People.makeContacts(bob, carla);
        String subject = "Exchange " + People.uniqueWord();
        var picture = Files.createTempFile("timetable", ".png");
        picture.toFile().deleteOnExit();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        String pictureName = picture.getFileName().toString();

        try (var browser = new Browser()) {
            browser.open(APP + "/messages/new").signInAs(bob.username());
            browser.find(By.id("compose-form:to_input")).sendKeys(carla.surname());
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'" + carla.name() + "')]"));
            browser.type(By.id("compose-form:body"), "Dear Carla,\n\nshall our classes meet online?");
            // the upload widget sends the file as soon as it is chosen, then the page lists it
            browser.find(By.id("attachments")).sendKeys(picture.toAbsolutePath().toString());
            browser.waitForText(By.id("attachments-status"), pictureName + " attached", WAIT);
            browser.waitForText(By.id("compose-form:attachment-list"), pictureName, WAIT);
            assertThat(browser.findAll(By.id("attachments-progress")).get(0).isDisplayed())
                    .as("the bar goes once the file is sent").isFalse();
            assertThat(PageChecks.axe(browser)).as("the new message page passes axe").isEmpty();

            browser.click(By.id("compose-form:send"));
            browser.waitForText(By.id("compose-form:subject-message"), "subject", WAIT);
            assertThat(browser.find(By.id("compose-form:subject")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.waitForFocusOn("compose-form:subject");
            assertThat(browser.find(By.id("compose-form:body")).getAttribute("value"))
                    .as("nothing typed is lost").contains("shall our classes meet online?");

            browser.type(By.id("compose-form:subject"), subject);
            browser.click(By.id("compose-form:send"));
            browser.waitForText(By.id("thread-subject"), subject, WAIT);
            assertThat(browser.currentUrl()).contains("/messages/thread?id=");
            assertThat(browser.find(By.id("participants")).getText()).contains(carla.name()).contains(bob.name());
            assertThat(browser.find(By.id("thread-form:thread-messages")).getText())
                    .contains("shall our classes meet online?");
            assertThat(browser.find(By.linkText(pictureName)).getAttribute("href"))
                    .as("the attachment sent with the message").contains("/files/");
        }
        assertThat(unread(carla)).isEqualTo(1);

        try (var browser = new Browser()) {
            browser.open(APP + "/messages/").signInAs(carla.username());
            var row = browser.find(By.xpath("//table[@id='thread-list']//tr[td//a[normalize-space()='" + subject + "']]"));
            assertThat(row.getText()).contains("Unread").contains(bob.name());
            assertThat(PageChecks.axe(browser)).as("the inbox passes axe").isEmpty();

            browser.click(By.linkText(subject));
            browser.waitForText(By.id("thread-form:thread-messages"), "shall our classes meet online?", WAIT);
            assertThat(unread(carla)).as("opened, so read").isZero();
            assertThat(PageChecks.axe(browser)).as("the thread page passes axe").isEmpty();

            browser.type(By.id("thread-form:body"), "Yes! Thursday at ten?");
            browser.click(By.id("thread-form:send-reply"));
            browser.waitForText(By.id("thread-form:thread-messages"), "Thursday at ten?", WAIT);
            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("Reply sent");
            assertThat(browser.find(By.id("thread-form:body")).getAttribute("value")).isEmpty();

            browser.viewport(360, 800);
            var overflow = PageChecks.overflow(browser);
            assertThat(overflow.scrollWidth()).as("the thread at 360 px: %s", overflow.widest())
                    .isLessThanOrEqualTo(overflow.innerWidth());
            browser.naturalViewport();
        }
        assertThat(unread(bob)).isEqualTo(1);

        try (var browser = new Browser()) {
            browser.open(APP + "/messages/?folder=sent").signInAs(bob.username());
            browser.waitForText(By.id("messages-form"), "", WAIT).open(APP + "/messages/?folder=sent");
            assertThat(browser.find(By.id("thread-list")).getText()).contains(subject);
            browser.type(By.id("messages-form:q"), "thursday");
            browser.click(By.id("messages-form:search")).waitForAjax(WAIT);
            browser.waitForText(By.id("messages-form:threads"), subject, WAIT);
            assertThat(browser.find(By.tagName("h2")).getText()).as("still the sent folder").contains("Sent");
            browser.type(By.id("messages-form:q"), People.uniqueWord());
            browser.click(By.id("messages-form:search"));
            browser.waitForText(By.id("messages-form:threads"), "No message has these words", WAIT);
        }
    }

    private static long unread(People.Person person) {
        var answer = Http.get(API + "/v1/messages/unread-count", person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("unread").asLong();
    }
}
