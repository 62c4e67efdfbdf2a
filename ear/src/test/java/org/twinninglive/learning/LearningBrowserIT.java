package org.twinninglive.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Learning;
import org.twinninglive.support.Passes;

/**
 * A teacher completes a module and sees the bar move; a visitor is told to log in; modules read
 * in the reader's language (H2, S4, S5).
 */
@ExtendWith(ArquillianExtension.class)
class LearningBrowserIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST tests of this pass");
    }

    @Test
    void aliceCompletesAModuleAndSeesHerBarMove() {
        var module = Learning.modules(Keycloak.partnerToken()).get(1);
        var answers = Learning.rightAnswers(module.get("id").asText());
        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs("alice");
            int before = selfLearningPoints(browser);

            browser.open(APP + "/learning/");
            browser.click(By.linkText(module.get("title").asText()));
            assertThat(browser.find(By.id("module-title")).getText()).isEqualTo(module.get("title").asText());
            answer(browser, answers);
            browser.click(By.id("module-form:complete"));
            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("Module completed");

            browser.open(APP + "/desktop/");
            assertThat(selfLearningPoints(browser)).isEqualTo(before + 10);
        }
    }

    @Test
    void aVisitorCompletesAModuleAndIsToldToLogInSoItCounts() {
        var module = Learning.modules(Keycloak.partnerToken()).get(2);
        var answers = Learning.rightAnswers(module.get("id").asText());
        try (var browser = new Browser()) {
            browser.open(APP + "/learning/module?id=" + module.get("slug").asText());
            answer(browser, answers);
            browser.click(By.id("module-form:complete"));

            assertThat(browser.find(By.id("module-form:login-to-count")).getText()).contains("Log in so this counts");
        }
    }

    @Test
    void aModuleReadsInTheLanguageAskedAndInEnglishForAnyOther() {
        String events = "events-and-online-meetings";

        assertThat(Learning.moduleIn("es", events).get("title").asText()).isEqualTo("Eventos y reuniones en línea");
        assertThat(Learning.moduleIn("it, fr;q=0.5", events).get("title").asText()).isEqualTo("Événements et réunions en ligne");
        assertThat(Learning.moduleIn("it", events).get("title").asText()).isEqualTo("Events and online meetings");
    }

    @Test
    void theQuestionMarkNextToTheBarExplainsTheRulesAndLinksTheMaterials() {
        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs("chiara");
            browser.click(By.id("progression-help"));

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("How progression works");
            assertThat(browser.pageText()).contains("Send a message").contains("Complete a self-learning module");
            browser.click(By.id("to-learning"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Self-learning");
        }
    }

    @Test
    void theBarIsOnTheProfileForWhoMaySeeItAndNotFoundForVisitors() {
        String url;
        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs("dana");
            browser.click(By.id("user-name"));

            assertThat(browser.find(By.id("person-name")).getText()).isEqualTo("Dana Schmidt");
            assertThat(browser.find(By.id("points-SELF_LEARNING")).isDisplayed()).isTrue();
            url = browser.currentUrl();
        }
        try (var visitor = new Browser()) {
            visitor.open(url);

            assertThat(visitor.find(By.id("error-heading")).getText()).isEqualTo("Page not found");
            assertThat(visitor.pageText()).doesNotContain("Dana Schmidt");
        }
    }

    private static int selfLearningPoints(Browser browser) {
        return Integer.parseInt(browser.find(By.id("points-SELF_LEARNING")).getText().split("/")[0].strip());
    }

    /** Chooses each quiz answer by clicking its label, as a person would. */
    private static void answer(Browser browser, Map<Integer, Integer> answers) {
        var quizzes = browser.findAll(By.cssSelector("fieldset.quiz"));
        assertThat(quizzes).hasSize(answers.size());
        var choices = answers.values().iterator();
        for (var quiz : quizzes) {
            var radio = quiz.findElement(By.cssSelector("input[type=radio][value='" + choices.next() + "']"));
            browser.click(By.cssSelector("label[for='" + radio.getAttribute("id") + "']"));
        }
    }
}
