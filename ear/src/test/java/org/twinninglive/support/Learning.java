package org.twinninglive.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeded self-learning modules as the API shows them. The API never reveals right answers,
 * so tests find them as a learner could: by trying, with the partner system's token, whose
 * completions count for nobody.
 */
public final class Learning {

    private Learning() {
    }

    public static List<JsonNode> modules(String token) {
        var modules = new ArrayList<JsonNode>();
        Http.get(API + "/v1/learning/modules", token).json().forEach(modules::add);
        assertThat(modules).isNotEmpty();
        return modules;
    }

    /** A module as a reader of this language gets it: {@link Http} sends no Accept-Language, so this does. */
    public static JsonNode moduleIn(String language, String idOrSlug) {
        var request = HttpRequest.newBuilder(URI.create(API + "/v1/learning/modules/" + idOrSlug))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Keycloak.partnerToken())
                .header("Accept-Language", language)
                .GET()
                .build();
        try {
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Step position → right choice, for every quiz step of the module. */
    public static Map<Integer, Integer> rightAnswers(String moduleId) {
        String partner = Keycloak.partnerToken();
        var answers = new LinkedHashMap<Integer, Integer>();
        for (JsonNode step : Http.get(API + "/v1/learning/modules/" + moduleId, partner).json().get("steps")) {
            if ("QUIZ".equals(step.get("kind").asText())) {
                answers.put(step.get("position").asInt(), 0);
            }
        }
        for (var quiz : answers.keySet()) {
            int choices = choicesOf(moduleId, quiz, partner);
            for (int choice = 0; choice < choices; choice++) {
                answers.put(quiz, choice);
                var tried = complete(partner, moduleId, answers);
                if (tried.status() == 200 || !tried.json().get("detail").asText().contains(questionOf(moduleId, quiz, partner))) {
                    break;
                }
            }
        }
        assertThat(complete(partner, moduleId, answers).status()).as("right answers of " + moduleId).isEqualTo(200);
        return answers;
    }

    public static Http.Answer complete(String token, String moduleId, Map<Integer, Integer> answers) {
        var json = new StringBuilder("{\"answers\": {");
        answers.forEach((position, choice) -> json.append('"').append(position).append("\": ").append(choice).append(','));
        if (!answers.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        json.append("}}");
        return Http.send("POST", API + "/v1/learning/modules/" + moduleId + "/completion", token, "application/json",
                json.toString());
    }

    private static JsonNode step(String moduleId, int position, String token) {
        for (JsonNode step : Http.get(API + "/v1/learning/modules/" + moduleId, token).json().get("steps")) {
            if (step.get("position").asInt() == position) {
                return step;
            }
        }
        throw new AssertionError("no step " + position + " in " + moduleId);
    }

    private static int choicesOf(String moduleId, int position, String token) {
        return step(moduleId, position, token).get("choices").size();
    }

    private static String questionOf(String moduleId, int position, String token) {
        return step(moduleId, position, token).get("question").asText();
    }
}
