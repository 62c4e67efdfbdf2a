package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Learning;
import org.twinninglive.support.People;
import org.twinninglive.support.Progression;

/** Progression through the API: bars, rules, caps under concurrency, re-computation, a complete profile (S1-S6, H2). */
@ExtendWith(ArquillianExtension.class)
class ProgressionApiIT {

    private static final String SELF_LEARNING = "SELF_LEARNING";
    private static final String ELEMENTARY = "ELEMENTARY";

    @Test
    void everyoneReadsTheRuleTable() {
        var rules = Http.get(API + "/v1/progression/rules", Keycloak.partnerToken()).json();

        assertThat(rules.size()).isEqualTo(21);
        assertThat(rules).anySatisfy(rule -> {
            assertThat(rule.get("category").asText()).isEqualTo("message-sent");
            assertThat(rule.get("area").asText()).isEqualTo("COMMUNICATION");
            assertThat(rule.get("cap").asInt()).isEqualTo(5);
        });
    }

    @Test
    void aNewTeacherHasAnEmptyBarWithEveryArea() {
        String token = Keycloak.tokenOf(Keycloak.newTeacher("Nora Lind", "FI"));

        var bar = Progression.bar(token, Progression.profileIdOf(token));

        assertThat(bar.get("points").asInt()).isZero();
        assertThat(bar.get("maxPoints").asInt()).isPositive();
        assertThat(bar.get("areas")).extracting(area -> area.get("area").asText()).containsExactly(
                "ELEMENTARY", "COMMUNICATION", "COOPERATION", "NETWORK", "PROFESSIONAL_DEVELOPMENT_QUALITY", SELF_LEARNING);
    }

    @Test
    void completingAModuleCreditsSelfLearningOnceAndAWrongAnswerNothing() {
        String token = Keycloak.tokenOf(Keycloak.newTeacher("Olga Nowak", "PL"));
        String me = Progression.profileIdOf(token);
        var module = Learning.modules(token).get(0);
        String moduleId = module.get("id").asText();
        var right = Learning.rightAnswers(moduleId);
        var wrong = new java.util.HashMap<>(right);
        wrong.replaceAll((position, choice) -> choice + 1);

        var refused = Learning.complete(token, moduleId, wrong);
        int afterWrong = Progression.areaPoints(Progression.bar(token, me), SELF_LEARNING);
        var first = Learning.complete(token, moduleId, right);
        var again = Learning.complete(token, moduleId, right);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("answers");
        assertThat(afterWrong).isZero();
        assertThat(first.json().get("counted").asBoolean()).isTrue();
        assertThat(first.json().get("firstTime").asBoolean()).isTrue();
        assertThat(again.json().get("firstTime").asBoolean()).isFalse();
        assertThat(Progression.areaPoints(Progression.bar(token, me), SELF_LEARNING)).isEqualTo(10);
        assertThat(Learning.modules(token).get(0).get("completed").asBoolean()).isTrue();
    }

    @Test
    void aProfileThatBecomesCompleteEarnsItsPointsOnceWithoutAPhoto() {
        String token = Keycloak.tokenOf(Keycloak.newTeacher("Quim Soler", "ES"));
        String me = Progression.profileIdOf(token);
        int completed = rule("profile-completed").get("points").asInt();
        int school = rule("school-added").get("points").asInt();
        String everythingButASchool = """
                {"name": "Quim Soler", "bio": "Music teacher in Girona.", "subjects": ["MUSIC"],
                 "languages": ["ca", "es"], "pupilsAgeFrom": 12, "pupilsAgeTo": 16}
                """;

        var edited = Http.send("PUT", API + "/v1/people/me", token, "application/json", everythingButASchool);
        int withoutSchool = Progression.areaPoints(Progression.bar(token, me), ELEMENTARY);
        var joined = People.addSchool(token, People.RAMON_Y_CAJAL);
        int complete = Progression.areaPoints(Progression.bar(token, me), ELEMENTARY);
        var editedAgain = Http.send("PUT", API + "/v1/people/me", token, "application/json",
                everythingButASchool.replace("Girona", "Figueres"));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(withoutSchool).as("no current school yet: not complete").isZero();
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(joined.json().get("photoVersion").asInt()).as("no photo was ever uploaded").isZero();
        assertThat(complete).as("the school completes the profile: both credits").isEqualTo(school + completed);
        assertThat(editedAgain.status()).isEqualTo(200);
        assertThat(Progression.areaPoints(Progression.bar(token, me), ELEMENTARY))
                .as("a complete profile is credited once").isEqualTo(school + completed);
    }

    @Test
    void aPartnerSystemCompletesForNobody() {
        var module = Learning.modules(Keycloak.partnerToken()).get(0).get("id").asText();

        var completion = Learning.complete(Keycloak.partnerToken(), module, Learning.rightAnswers(module));

        assertThat(completion.status()).isEqualTo(200);
        assertThat(completion.json().get("counted").asBoolean()).isFalse();
    }

    @Test
    void anUnknownModuleIs404() {
        var answer = Learning.complete(Keycloak.tokenOf("alice"), "no-such-module", Map.of());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBarIsNotFoundForWhoMayNotSeeTheProfileOrWhenThereIsNone() {
        String alice = Keycloak.tokenOf("alice");
        String aliceId = Progression.profileIdOf(alice);

        assertThat(Http.get(API + "/v1/people/" + aliceId + "/progression", Keycloak.partnerToken()).status()).isEqualTo(404);
        assertThat(Http.get(API + "/v1/people/no-such-profile/progression", alice).status()).isEqualTo(404);
        assertThat(Http.get(API + "/v1/people/" + aliceId + "/progression", Keycloak.tokenOf("bob")).status()).isEqualTo(200);
    }

    @Test
    void onlyTheCentralSupportServiceChangesRulesAndABadRuleChangesNothing() {
        var teacher = Http.send("PUT", API + "/v1/progression/rules", Keycloak.tokenOf("alice"), "application/json",
                "[{\"category\": \"message-sent\", \"points\": 50, \"cap\": 50}]");
        var negative = Http.send("PUT", API + "/v1/progression/rules", Keycloak.tokenOf("css"), "application/json",
                "[{\"category\": \"message-sent\", \"points\": 3, \"cap\": 6}, {\"category\": \"forum-post\", \"points\": -1, \"cap\": 5}]");
        var unknown = Http.send("PUT", API + "/v1/progression/rules", Keycloak.tokenOf("css"), "application/json",
                "[{\"category\": \"no-such-thing\", \"points\": 1, \"cap\": 1}]");

        assertThat(teacher.status()).isEqualTo(403);
        assertThat(Http.get(API + "/v1/progression/recomputation", Keycloak.tokenOf("alice")).status())
                .as("the re-computation's progress tells the profile count: css only").isEqualTo(403);
        assertThat(Http.get(API + "/v1/progression/recomputation", Keycloak.tokenOf("css")).status()).isEqualTo(200);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("field").asText()).isEqualTo("points");
        var missing = Http.send("PUT", API + "/v1/progression/rules", Keycloak.tokenOf("css"), "application/json",
                "[{\"category\": \"message-sent\", \"cap\": 8}]");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("points");
        var messages = rule("message-sent");
        assertThat(messages.get("points").asInt()).as("the valid part of a refused change is not applied").isEqualTo(2);
        assertThat(messages.get("cap").asInt()).isEqualTo(5);
    }

    @Test
    void parallelActionsNeverPassTheCapAndRecomputationFromTheLedgerAgrees() throws Exception {
        String token = Keycloak.tokenOf(Keycloak.newTeacher("Pia Larsen", "DK"));
        String me = Progression.profileIdOf(token);
        var modules = Learning.modules(token);
        var answers = new ArrayList<Map<Integer, Integer>>();
        for (var module : modules) {
            answers.add(Learning.rightAnswers(module.get("id").asText()));
        }
        Progression.setRule("module-completed", 10, 2);
        try {
            var completions = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < modules.size(); i++) {
                String moduleId = modules.get(i).get("id").asText();
                var moduleAnswers = answers.get(i);
                // each module twice at once: the same reference must count once
                completions.add(() -> Learning.complete(token, moduleId, moduleAnswers).status());
                completions.add(() -> Learning.complete(token, moduleId, moduleAnswers).status());
            }
            try (var pool = Executors.newFixedThreadPool(completions.size())) {
                for (var done : pool.invokeAll(completions)) {
                    assertThat(done.get()).isEqualTo(200);
                }
            }

            assertThat(Progression.areaPoints(Progression.bar(token, me), SELF_LEARNING))
                    .as("%d modules completed at once, cap 2", modules.size()).isEqualTo(20);
        } finally {
            Progression.setRule("module-completed", 10, 10);
        }
        assertThat(Progression.areaPoints(Progression.bar(token, me), SELF_LEARNING))
                .as("every completion was kept in the ledger and counts under the restored cap")
                .isEqualTo(10 * Math.min(10, modules.size()));
        var status = Http.get(API + "/v1/progression/recomputation", Keycloak.tokenOf("css")).json();
        assertThat(status.get("failed").asBoolean()).isFalse();
        assertThat(status.get("done").asLong()).isEqualTo(status.get("total").asLong()).isPositive();
    }

    @Test
    void onlyAStoppedRecomputationCanBeResumedAndOnlyByTheCentralSupportService() {
        var teacher = Http.send("POST", API + "/v1/progression/recomputation", Keycloak.tokenOf("alice"), "application/json", "");
        var nothingPending = Http.send("POST", API + "/v1/progression/recomputation", Keycloak.tokenOf("css"),
                "application/json", "");

        assertThat(teacher.status()).isEqualTo(403);
        assertThat(nothingPending.status()).as("nothing stopped, so nothing to resume").isEqualTo(409);
    }

    private static JsonNode rule(String category) {
        List<JsonNode> rules = new ArrayList<>();
        Http.get(API + "/v1/progression/rules", Keycloak.partnerToken()).json().forEach(rules::add);
        return rules.stream().filter(rule -> rule.get("category").asText().equals(category)).findFirst().orElseThrow();
    }
}
