package org.twinninglive.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/** Reading bars and driving the rule table through the API. */
public final class Progression {

    private Progression() {
    }

    public static String profileIdOf(String token) {
        return Http.get(API + "/v1/me", token).json().get("id").asText();
    }

    public static JsonNode bar(String token, String profileId) {
        var answer = Http.get(API + "/v1/people/" + profileId + "/progression", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    public static int areaPoints(JsonNode bar, String area) {
        for (JsonNode score : bar.get("areas")) {
            if (score.get("area").asText().equals(area)) {
                return score.get("points").asInt();
            }
        }
        throw new AssertionError("no area " + area + " in " + bar);
    }

    /** Sets one rule as the Central Support Service and waits for every bar to be re-computed. */
    public static void setRule(String category, int points, int cap) {
        String css = Keycloak.tokenOf("css");
        var answer = Http.send("PUT", API + "/v1/progression/rules", css, "application/json",
                "[{\"category\": \"%s\", \"points\": %d, \"cap\": %d}]".formatted(category, points, cap));
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Http.get(API + "/v1/progression/recomputation", css).json().get("running").asBoolean()) {
            assertThat(Instant.now()).as("re-computation finished in time").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
