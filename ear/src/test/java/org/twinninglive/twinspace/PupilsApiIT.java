package org.twinninglive.twinspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.Pupils;

/**
 * A TwinSpace's pupils through the API (T2, T3): no login before a teacher confirms the parents'
 * consent; a class's logins with their access codes, which really sign in to the realm
 * twinning-pupils; pupils read and reply as their nickname, post on the wall, and a teacher hides
 * a post; a new password replaces the old one; a removed pupil's login and words go; a
 * pupil-administrator writes pages and opens threads; a pupil's token reaches nothing of the API
 * but their own space (every other operation of the OpenAPI document: 404); a closed project's
 * pupils stop signing in after the grace period and sign in again when it reopens.
 */
@ExtendWith(ArquillianExtension.class)
class PupilsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private record Space(People.Person founder, People.Person partner, String projectId, String pageId,
                         String threadId) {
    }

    @Test
    void aTeacherMakesAClassesLoginsAfterConfirmingTheParentsConsentAndThePupilsTakePart() {
        var space = space("Paula", "Pedro");
        String id = space.projectId();

        var before = Pupils.create(space.founder().token(), id, false, "Ana");
        Projects.assertRefusedAs(before, "consent-needed");
        var settings = Http.get(Pupils.pupils(id), space.founder().token());
        assertThat(settings.json().get("consentConfirmed").asBoolean()).isFalse();

        Pupils.consent(space.partner().token(), id);
        var refused = Pupils.create(space.founder().token(), id, false, "x".repeat(41));
        People.assertRefused(refused, "nicknames");
        var tooMany = new String[41];
        java.util.Arrays.fill(tooMany, "Kid");
        People.assertRefused(Pupils.create(space.founder().token(), id, false, tooMany), "nicknames");
        People.assertRefused(Pupils.create(space.founder().token(), id, false), "nicknames");

        var made = Pupils.made(space.founder().token(), id, false, "Ana", "Ben", "Chloé");
        assertThat(made).extracting(Pupils.Pupil::nickname).containsExactly("Ana", "Ben", "Chloé");
        assertThat(made).extracting(Pupils.Pupil::username).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("p[a-z2-9]{6}"));
        assertThat(made).extracting(Pupils.Pupil::password).allSatisfy(code -> assertThat(code).matches("[a-z2-9]{8}"));
        var list = Http.get(Pupils.pupils(id), space.partner().token()).json();
        assertThat(list.get("consentConfirmed").asBoolean()).isTrue();
        assertThat(list.get("consentConfirmedByName").asText()).isNotBlank();
        assertThat(People.list(list.get("pupils"))).extracting(p -> p.get("nickname").asText())
                .containsExactly("Ana", "Ben", "Chloé");
        assertThat(list.toString()).as("the list never shows a password").doesNotContain(made.get(0).password());

        var ana = made.get(0);
        String token = ana.token();
        var claims = claims(token);
        assertThat(claims.get("iss").asText()).endsWith("/realms/twinning-pupils");
        assertThat(claims.has("email")).as("a pupil has no e-mail").isFalse();
        var inside = Http.get(space(id), token);
        assertThat(inside.status()).as(inside.body()).isEqualTo(200);
        assertThat(People.texts(inside.json().get("actions"))).containsExactlyInAnyOrder("READ_PUBLIC", "READ",
                "REPLY", "POST_ON_WALL");
        assertThat(Http.get(space(id) + "/pages/" + space.pageId(), token).json().get("body").asText())
                .contains("Week one");

        var reply = Http.send("POST", space(id) + "/threads/" + space.threadId() + "/replies", token,
                "application/json", "{\"body\": \"<p>Hello from Ana <script>alert(1)</script></p>\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("authorName").asText()).isEqualTo("Ana");
        assertThat(reply.json().get("byPupil").asBoolean()).isTrue();
        assertThat(reply.json().get("body").asText()).doesNotContain("script");
        var thread = Http.get(space(id) + "/threads/" + space.threadId(), space.partner().token()).json();
        assertThat(People.list(thread.at("/posts/items"))).extracting(p -> p.get("authorName").asText())
                .contains("Ana");
        assertThat(Http.send("PUT", space(id) + "/threads/" + space.threadId() + "/following", token,
                "application/json", "{\"following\": true}").status()).as("a pupil follows nothing").isEqualTo(403);
        var publish = Http.send("POST", space(id) + "/blog", token, "application/json",
                "{\"title\": \"Mine\", \"body\": \"<p>Public?</p>\"}");
        People.assertProblem(publish, 403);
        assertThat(publish.json().get("detail").asText()).doesNotContain("Exception");

        // the wall: a pupil posts, a teacher hides it; the pupils no longer see it, the teachers do, marked hidden
        var posted = Http.send("POST", space(id) + "/wall", token, "application/json", "{\"body\": \"Our river is the Ebro.\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().get("authorName").asText()).isEqualTo("Ana");
        var ben = made.get(1);
        assertThat(wallBodies(ben.token(), id)).contains("Our river is the Ebro.");
        var hidden = Http.send("POST", space(id) + "/wall/" + posted.json().get("id").asText() + "/hidden",
                space.partner().token(), null, null);
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(hidden.json().get("hidden").asBoolean()).isTrue();
        assertThat(wallBodies(ben.token(), id)).doesNotContain("Our river is the Ebro.");
        assertThat(wallBodies(space.founder().token(), id)).contains("Our river is the Ebro.");
        Projects.assertRefusedAs(Http.send("POST", space(id) + "/wall/" + posted.json().get("id").asText() + "/hidden",
                space.founder().token(), null, null), "post-hidden");

        // the data a teacher reads for a parent
        var data = Http.get(Pupils.pupils(id) + "/" + ana.id() + "/data", space.founder().token());
        assertThat(data.status()).as(data.body()).isEqualTo(200);
        assertThat(data.json().get("nickname").asText()).isEqualTo("Ana");
        assertThat(People.list(data.json().get("wallPosts"))).hasSize(1);
        assertThat(People.list(data.json().get("forumPosts"))).hasSize(1);

        // a new password: the old one stops working, and so does the session signed in with it
        String oldRefresh = Keycloak.pupilGrant(ben.username(), ben.password()).json().get("refresh_token").asText();
        var reset = Http.send("POST", Pupils.pupils(id) + "/" + ben.id() + "/password", space.founder().token(), null,
                null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String newPassword = reset.json().get("password").asText();
        assertThat(newPassword).isNotEqualTo(ben.password());
        assertThat(Keycloak.pupilGrant(ben.username(), ben.password()).status()).isIn(400, 401);
        var renewed = Http.postForm(Keycloak.PUPILS_REALM + "/protocol/openid-connect/token", java.util.Map.of(
                "grant_type", "refresh_token", "client_id", "twinning-pupil-web",
                "client_secret", "twinning-pupil-web-secret", "refresh_token", oldRefresh));
        assertThat(renewed.status()).as("the old session is not renewed: %s", renewed.body()).isEqualTo(400);
        assertThat(Keycloak.pupilToken(ben.username(), newPassword)).isNotBlank();

        // removed: the login ends, the wall post goes, the forum post stays as removed without its words
        var removed = Http.send("DELETE", Pupils.pupils(id) + "/" + ana.id(), space.founder().token(), null, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(Keycloak.pupilGrant(ana.username(), ana.password()).status()).isIn(400, 401);
        People.assertProblem(Http.get(space(id) + "/pages", token), 404);
        var after = Http.get(space(id) + "/threads/" + space.threadId(), space.partner().token()).json();
        var ananPost = People.list(after.at("/posts/items")).stream()
                .filter(p -> p.get("id").asText().equals(reply.json().get("id").asText())).findFirst().orElseThrow();
        assertThat(ananPost.get("removed").asBoolean()).isTrue();
        assertThat(ananPost.toString()).doesNotContain("Hello from Ana");
        assertThat(wallBodies(space.founder().token(), id)).doesNotContain("Our river is the Ebro.");
        People.assertProblem(Http.get(Pupils.pupils(id) + "/" + ana.id() + "/data", space.founder().token()), 404);

        // outsiders learn nothing of the pupils
        People.assertProblem(Http.get(Pupils.pupils(id), People.teacher("Olga", "FR").token()), 404);
        People.assertProblem(Http.get(Pupils.pupils(id), null), 404);
        People.assertProblem(Http.get(Pupils.pupils(id), Keycloak.pupilToken(ben.username(), newPassword)), 403);
    }

    @Test
    void aPupilAdministratorWritesPagesAndOpensThreadsUnderTheirNickname() {
        var space = space("Rosa", "Raúl");
        String id = space.projectId();
        Pupils.consent(space.founder().token(), id);
        var max = Pupils.made(space.founder().token(), id, true, "Max").get(0);
        String token = max.token();

        var page = Http.send("POST", space(id) + "/pages", token, "application/json",
                "{\"title\": \"Our fish\", \"body\": \"<p>Trout.</p>\"}");
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        assertThat(page.json().get("createdByName").asText()).isEqualTo("Max");
        var edited = Http.send("PUT", space(id) + "/pages/" + space.pageId(), space.founder().token(),
                "application/json", "{\"version\": 1, \"title\": \"Plans\", \"body\": \"<p>Week two.</p>\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        var byMax = Http.send("PUT", space(id) + "/pages/" + space.pageId(), token, "application/json",
                "{\"version\": 2, \"title\": \"Plans\", \"body\": \"<p>Week three.</p>\"}");
        assertThat(byMax.status()).as(byMax.body()).isEqualTo(200);
        var history = Http.get(space(id) + "/pages/" + space.pageId() + "/history", space.partner().token()).json();
        assertThat(People.list(history)).extracting(v -> v.get("editorName").asText()).first().isEqualTo("Max");
        var thread = Http.send("POST", space(id) + "/threads", token, "application/json",
                "{\"title\": \"Fish names\", \"body\": \"<p>Which fish live in your river?</p>\"}");
        assertThat(thread.status()).as(thread.body()).isEqualTo(201);
        assertThat(thread.json().at("/thread/createdByName").asText()).isEqualTo("Max");
        assertThat(thread.json().at("/thread/byPupil").asBoolean()).isTrue();

        var made = Http.send("PUT", Pupils.pupils(id) + "/" + max.id(), space.founder().token(), "application/json",
                "{\"administrator\": false}");
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        People.assertProblem(Http.send("POST", space(id) + "/pages", token, "application/json",
                "{\"title\": \"More\", \"body\": \"<p>x</p>\"}"), 403);
    }

    @Test
    void aPupilsTokenReachesNothingButTheirOwnSpace() throws Exception {
        var space = space("Inés", "Iván");
        var other = space("Irene", "Isaac");
        Pupils.consent(space.founder().token(), space.projectId());
        var pupil = Pupils.made(space.founder().token(), space.projectId(), false, "Ida").get(0);
        String token = pupil.token();
        assertThat(Http.get(space(space.projectId()), token).status()).isEqualTo(200);

        // the files of their space's materials download; another space's do not exist for them
        String ours = material(space.founder().token(), space.projectId());
        String theirs = material(other.founder().token(), other.projectId());
        assertThat(org.twinninglive.support.RawHttp.get(API + "/v1/files/" + ours + "/thumbnail", token).status())
                .as("a picture of their space").isEqualTo(200);
        assertThat(org.twinninglive.support.RawHttp.get(API + "/v1/files/" + theirs, token).status())
                .as("a picture of another space").isEqualTo(404);

        var document = Http.get(API + "/openapi?format=JSON", null).json();
        var reached = new ArrayList<String>();
        int tried = 0;
        for (var path : document.path("paths").properties()) {
            String template = path.getKey();
            boolean ownSpace = template.matches(".*/v1/projects/\\{id}/space(/.*)?");
            for (var operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                // every operation outside a space with the pupil's own project where an {id} goes; a space's with another's
                String address = template.replace("{id}", ownSpace ? other.projectId() : space.projectId())
                        .replaceAll("\\{[^}]+}", "d0000000-0000-4000-8000-000000000001");
                var answer = raw(operation.getKey().toUpperCase(), address, token);
                tried++;
                if (answer.statusCode() != 404 || !answer.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json")) {
                    reached.add(operation.getKey().toUpperCase() + " " + address + ": " + answer.statusCode() + " "
                            + answer.body());
                }
            }
        }
        for (String trick : List.of("/space/..%2F..%2F..%2Fme", "/space/%2E%2E/%2E%2E/%2E%2E/me",
                "%2Fspace%2F..%2F..%2F..%2Fme/space", "%2fspace/..;/..;/..;/me", "/space/..%5c..%5c..%5cme")) {
            var answer = raw("GET", "/api/v1/projects/" + space.projectId() + trick, token);
            if (answer.statusCode() != 404) {
                reached.add("GET …" + trick + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(tried).as("operations tried").isGreaterThan(100);
        assertThat(reached).as("operations a pupil's token reached outside their own space").isEmpty();
    }

    @Test
    void aClosedProjectsPupilsSignInUntilTheGracePeriodEndsAndAgainWhenItReopens() {
        var space = space("Carla", "César");
        String id = space.projectId();
        Pupils.consent(space.founder().token(), id);
        var pupil = Pupils.made(space.founder().token(), id, false, "Cai").get(0);
        People.assertRefused(Http.send("PUT", Pupils.pupils(id) + "/settings", space.founder().token(),
                "application/json", "{\"graceDays\": 400}"), "graceDays");
        var grace = Http.send("PUT", Pupils.pupils(id) + "/settings", space.founder().token(), "application/json",
                "{\"graceDays\": 3}");
        assertThat(grace.json().get("graceDays").asInt()).isEqualTo(3);
        assertThat(Projects.post(space.founder().token(), id, "close").status()).isEqualTo(200);

        String token = pupil.token();
        var read = Http.get(space(id) + "/pages", token);
        assertThat(read.status()).as("within the grace period: %s", read.body()).isEqualTo(200);
        Projects.assertRefusedAs(Http.send("POST", space(id) + "/wall", token, "application/json",
                "{\"body\": \"Still here\"}"), "space-archived");
        Projects.assertRefusedAs(Pupils.create(space.founder().token(), id, false, "Late"), "space-archived");

        Http.send("PUT", Pupils.pupils(id) + "/settings", space.founder().token(), "application/json",
                "{\"graceDays\": 0}");
        People.assertProblem(Http.get(space(id) + "/pages", token), 404);
        People.assertProblem(Http.get(space(id), token), 404);

        assertThat(Projects.post(space.founder().token(), id, "reopen").status()).isEqualTo(200);
        assertThat(Http.get(space(id) + "/pages", token).status()).as("the reopened space").isEqualTo(200);
    }

    private static List<String> wallBodies(String token, String projectId) {
        var answer = Http.get(space(projectId) + "/wall", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.list(answer.json().get("items")).stream().map(p -> p.get("body").asText()).toList();
    }

    private static Space space(String founderName, String partnerName) {
        var founder = Projects.validatedTeacher(founderName, "ES");
        var partner = Projects.validatedTeacher(partnerName, "ES");
        People.makeContacts(founder, partner);
        String id = Projects.open(founder, "ES", "Pupils " + People.uniqueWord());
        Projects.join(founder, id, partner);
        var page = Http.send("POST", space(id) + "/pages", founder.token(), "application/json",
                "{\"title\": \"Plans\", \"body\": \"<p>Week one.</p>\"}");
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        var thread = Http.send("POST", space(id) + "/threads", founder.token(), "application/json",
                "{\"title\": \"Hello\", \"body\": \"<p>Say hello.</p>\"}");
        assertThat(thread.status()).as(thread.body()).isEqualTo(201);
        return new Space(founder, partner, id, page.json().get("id").asText(), thread.json().at("/thread/id").asText());
    }

    private static String space(String projectId) {
        return API + "/v1/projects/" + projectId + "/space";
    }

    private static JsonNode claims(String token) {
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** A request outside support.Http: the operations tried answer what their documents do not describe (404). */
    private static HttpResponse<String> raw(String method, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(API.replaceAll("/api$", "") + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return RAW.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A picture the founder adds to a new album of the space: its file id. */
    private static String material(String founderToken, String projectId) {
        var folder = Http.send("POST", space(projectId) + "/materials", founderToken, "application/json",
                "{\"name\": \"Album " + People.uniqueWord() + "\", \"album\": true}");
        assertThat(folder.status()).as(folder.body()).isEqualTo(201);
        var upload = org.twinninglive.support.Uploads.post(API + "/v1/files", founderToken, List.of(
                org.twinninglive.support.Uploads.Part.file("river.png", "image/png",
                        org.twinninglive.support.Uploads.png(640, 480))));
        assertThat(upload.status()).isEqualTo(201);
        String fileId = upload.json().get("id").asText();
        var added = Http.send("POST", space(projectId) + "/materials/" + folder.json().get("id").asText() + "/files",
                founderToken, "application/json", "{\"fileId\": \"" + fileId + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return fileId;
    }
}
