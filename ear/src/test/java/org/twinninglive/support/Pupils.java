package org.twinninglive.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/** A TwinSpace's pupils through the API (T2): consent, logins with their access codes, pupils' tokens. */
public final class Pupils {

    private Pupils() {
    }

    /** A pupil's login as the sheet prints it, and their token. */
    public record Pupil(String id, String nickname, String username, String password) {

        public String token() {
            return Keycloak.pupilToken(username, password);
        }
    }

    public static String pupils(String projectId) {
        return API + "/v1/projects/" + projectId + "/space/pupils";
    }

    /** A teacher of the project confirms the parents' consent. */
    public static void consent(String teacherToken, String projectId) {
        var answer = Http.send("POST", pupils(projectId) + "/consent", teacherToken, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    public static Http.Answer create(String teacherToken, String projectId, boolean administrators,
                                     String... nicknames) {
        String list = List.of(nicknames).stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        return Http.send("POST", pupils(projectId), teacherToken, "application/json",
                "{\"nicknames\": [" + list + "], \"administrators\": " + administrators + "}");
    }

    /** Logins made for these nicknames (consent given before), as their access codes say. */
    public static List<Pupil> made(String teacherToken, String projectId, boolean administrators,
                                   String... nicknames) {
        var answer = create(teacherToken, projectId, administrators, nicknames);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return People.list(answer.json().get("codes")).stream().map(Pupils::pupil).toList();
    }

    public static Pupil pupil(JsonNode code) {
        return new Pupil(code.get("pupilId").asText(), code.get("nickname").asText(), code.get("username").asText(),
                code.get("password").asText());
    }
}
