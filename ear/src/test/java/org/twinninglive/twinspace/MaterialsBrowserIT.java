package org.twinninglive.twinspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import java.nio.file.Files;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;
import org.twinninglive.support.Uploads;

/**
 * A TwinSpace's materials in the browser (T1): alice makes an album in the demo project's space
 * (an empty name refused beside the field), uploads two pictures with a progress bar and sees
 * their thumbnails, a text file refused by the album with the reason; a pupil of the space sees
 * the pictures through their own realm's address. Each state passes axe and fits 360 px.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DEMO_PROJECT = "d4000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void aliceMakesAnAlbumAddsPicturesAndAPupilSeesThem() throws Exception {
        String album = "Rivers " + People.uniqueWord();
        try (var alice = new Browser()) {
            alice.open(APP + "/projects/").signInAs("alice");
            alice.find(By.id("main-tabs"));
            alice.open(APP + "/projects/" + DEMO_PROJECT + "/space");
            alice.click(By.id("space-form:materials-link"));
            alice.waitForText(By.id("materials-heading"), "Materials", WAIT);

            alice.click(By.id("space-form:make-folder"));
            alice.waitForText(By.id("space-form:folder-name-message"), "characters", WAIT);
            alice.setValue(By.id("space-form:folder-name"), album);
            alice.click(By.id("space-form:folder-album"));
            alice.click(By.id("space-form:make-folder"));
            alice.waitForText(By.id("space-form:messages"), "Album made", WAIT);
            assertThat(alice.find(By.id("space-form:folder-list")).getText()).contains(album);

            var ebro = Files.createTempFile("ebro", ".png");
            var duero = Files.createTempFile("duero", ".png");
            var notes = Files.createTempFile("notes", ".txt");
            Files.write(ebro, Uploads.png(800, 500));
            Files.write(duero, Uploads.png(400, 400));
            Files.writeString(notes, "Measure at noon.");
            alice.find(By.id("material-upload")).sendKeys(ebro.toAbsolutePath() + "\n" + duero.toAbsolutePath());
            alice.waitForText(By.id("material-upload-status"), duero.getFileName() + " attached", WAIT);
            alice.waitForText(By.id("material-upload-status"), ebro.getFileName() + " attached", WAIT);
            var albumPictures = By.xpath("//section[.//h3[contains(., '" + album + "')]]//ul[@class='album-grid']//img");
            alice.find(albumPictures);
            assertThat(alice.findAll(albumPictures)).hasSize(2);
            assertThat(alice.findAll(albumPictures).get(0).getAttribute("src")).contains("/files/").endsWith("/thumbnail");
            assertThat(loaded(alice, albumPictures)).as("the thumbnails are drawn").isTrue();

            alice.find(By.id("material-upload")).sendKeys(notes.toAbsolutePath().toString());
            alice.waitForText(By.id("material-upload-status"), "not", WAIT);
            assertThat(alice.findAll(albumPictures)).as("nothing added").hasSize(2);
            assertThat(PageChecks.axe(alice)).as("the materials page passes axe").isEmpty();
            alice.viewport(360, 800);
            var narrow = PageChecks.overflow(alice);
            assertThat(narrow.scrollWidth()).as("the materials at 360 px: %s", narrow.widest())
                    .isLessThanOrEqualTo(narrow.innerWidth());
            alice.naturalViewport();
        }

        try (var pupil = new Browser()) {
            pupil.open(APP + "/pupil-login");
            pupil.signInAs("demo-pupil", "demo-pupil");
            pupil.find(By.id("pupil-welcome"));
            pupil.click(By.id("space-form:materials-link"));
            pupil.waitForText(By.id("materials-heading"), "Materials", WAIT);
            var pictures = By.xpath("//section[.//h3[contains(., '" + album + "')]]//ul[@class='album-grid']//img");
            pupil.find(pictures);
            assertThat(pupil.findAll(pictures).get(0).getAttribute("src")).contains("/pupil/files/");
            assertThat(loaded(pupil, pictures)).as("a pupil's thumbnails are drawn").isTrue();
            assertThat(pupil.countNow(By.id("space-form:make-folder"))).as("a pupil makes no folder").isZero();
            assertThat(pupil.countNow(By.id("material-upload"))).as("nor uploads").isZero();
            assertThat(PageChecks.axe(pupil)).as("the pupil's materials pass axe").isEmpty();
        }
    }

    /** Whether every picture found has been drawn (loaded with a width). */
    private static boolean loaded(Browser browser, By pictures) {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = browser.findAll(pictures).stream().allMatch(img -> Boolean.TRUE.equals(browser.script(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
            if (all) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
