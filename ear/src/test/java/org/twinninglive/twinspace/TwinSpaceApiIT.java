package org.twinninglive.twinspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.Pupils;
import org.twinninglive.support.Uploads;

/**
 * A project's TwinSpace through the API (T1, T3): who may do what, as the table
 * twinspace-permissions.txt says, for every operation of a space; a save made from an older
 * version is refused and overwrites nothing, also when two saves race; a closed project's space
 * is archived until it is reopened; a pending or rejected project has none; bodies are sanitised,
 * a page stays in its space and every refused input names its field; each person's saved
 * versions are in their export. Its forum: the followers of a thread hear of each reply until
 * they stop following it; members pin, lock and remove a post with a reason; an archived space's
 * forum is read-only; a thread stays in its space; posts are sanitised, credited and exported.
 */
@ExtendWith(ArquillianExtension.class)
class TwinSpaceApiIT {

    /** Who may do what: one row per action, one column per reader. */
    private static final String TABLE = "/twinspace-permissions.txt";

    /** The addresses of a space in the served OpenAPI document: /api/v1/projects/{id}/space and below. */
    private static final Pattern SPACE_PATHS = Pattern.compile(".*/v1/projects/\\{id}/space(/.*)?");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request of an action of the table, made in this space with a reader's token (null: a visitor). */
    private interface Request {
        Http.Answer of(Space space, String token);
    }

    /** An action of the table: the operation of the API it stands for, and its request. */
    private record Action(String operationId, Request request) {
    }

    /**
     * The actions of the table by their names in its first column. A row without an entry here
     * fails, as does an operation of a space in the OpenAPI document without a row.
     */
    private static final Map<String, Action> ACTIONS = Map.ofEntries(
            Map.entry("read space", new Action("getSpace", (in, token) -> Http.get(space(in.projectId()), token))),
            Map.entry("list pages", new Action("listSpacePages",
                    (in, token) -> Http.get(pages(in.projectId()), token))),
            Map.entry("read page", new Action("getSpacePage",
                    (in, token) -> Http.get(page(in.projectId(), in.pageId()), token))),
            Map.entry("write page", new Action("writeSpacePage", (in, token) -> write(token, in.projectId(),
                    pageJson("Cell " + People.uniqueWord(), "<p>A page of the table.</p>")))),
            Map.entry("edit page", new Action("editSpacePage", (in, token) -> edit(token, in.projectId(), in.pageId(),
                    editJson(versionOf(in.founder().token(), in.projectId(), in.pageId()),
                            "Edited " + People.uniqueWord(), "<p>An edit of the table.</p>")))),
            Map.entry("read history", new Action("getSpacePageHistory",
                    (in, token) -> Http.get(page(in.projectId(), in.pageId()) + "/history", token))),
            Map.entry("read version", new Action("getSpacePageVersion",
                    (in, token) -> Http.get(page(in.projectId(), in.pageId()) + "/history/1", token))),
            Map.entry("list threads", new Action("listSpaceThreads",
                    (in, token) -> Http.get(threads(in.projectId()), token))),
            Map.entry("open thread", new Action("openSpaceThread", (in, token) -> openThread(token, in.projectId(),
                    threadJson("Cell " + People.uniqueWord(), "<p>A thread of the table.</p>")))),
            Map.entry("read thread", new Action("getSpaceThread",
                    (in, token) -> Http.get(thread(in.projectId(), in.threadId()), token))),
            Map.entry("moderate thread", new Action("moderateSpaceThread",
                    (in, token) -> moderate(token, in.projectId(), in.threadId(), "{\"pinned\": true}"))),
            Map.entry("follow thread", new Action("followSpaceThread",
                    (in, token) -> follow(token, in.projectId(), in.threadId(), true))),
            Map.entry("reply in thread", new Action("replyInSpaceThread",
                    (in, token) -> reply(token, in.projectId(), in.threadId(), "<p>A reply of the table.</p>"))),
            // a post is removed once: each cell removes a post of its own, which the founder writes first
            Map.entry("remove post", new Action("removeSpacePost", (in, token) -> remove(token, in.projectId(),
                    replied(in.founder().token(), in.projectId(), in.threadId(), "<p>A post to remove.</p>"),
                    "{\"reason\": \"A cell of the table.\"}"))),
            Map.entry("read blog", new Action("listSpaceBlog",
                    (in, token) -> Http.get(space(in.projectId()) + "/blog", token))),
            Map.entry("publish on blog", new Action("publishSpaceBlogPost",
                    (in, token) -> Http.send("POST", space(in.projectId()) + "/blog", token, "application/json",
                            "{\"title\": \"Cell " + People.uniqueWord() + "\", \"body\": \"<p>A post of the table.</p>\"}"))),
            Map.entry("read wall", new Action("listSpaceWall", (in, token) -> Http.get(wall(in.projectId()), token))),
            Map.entry("post on wall", new Action("postOnSpaceWall", (in, token) -> Http.send("POST",
                    wall(in.projectId()), token, "application/json", "{\"body\": \"A cell of the table.\"}"))),
            // a post is hidden once: each cell hides a post of its own, which the founder writes first
            Map.entry("hide wall post", new Action("hideSpaceWallPost", (in, token) -> Http.send("POST",
                    wall(in.projectId()) + "/" + onTheWall(in.founder().token(), in.projectId()) + "/hidden", token,
                    null, null))),
            Map.entry("list pupils", new Action("listSpacePupils",
                    (in, token) -> Http.get(Pupils.pupils(in.projectId()), token))),
            Map.entry("make pupils", new Action("createSpacePupils",
                    (in, token) -> Pupils.create(token, in.projectId(), false, "Cell " + People.uniqueWord()))),
            Map.entry("confirm consent", new Action("confirmPupilConsent", (in, token) -> Http.send("POST",
                    Pupils.pupils(in.projectId()) + "/consent", token, null, null))),
            Map.entry("pupil settings", new Action("setPupilSettings", (in, token) -> Http.send("PUT",
                    Pupils.pupils(in.projectId()) + "/settings", token, "application/json", "{\"graceDays\": 7}"))),
            Map.entry("new password", new Action("resetPupilPassword", (in, token) -> Http.send("POST",
                    Pupils.pupils(in.projectId()) + "/" + in.sparePupilId() + "/password", token, null, null))),
            Map.entry("set pupil role", new Action("setSpacePupil", (in, token) -> Http.send("PUT",
                    Pupils.pupils(in.projectId()) + "/" + in.sparePupilId(), token, "application/json",
                    "{\"administrator\": false}"))),
            // a pupil is removed once: each cell removes a pupil of its own, whom the founder makes first
            Map.entry("remove pupil", new Action("removeSpacePupil", (in, token) -> Http.send("DELETE",
                    Pupils.pupils(in.projectId()) + "/" + Pupils.made(in.founder().token(), in.projectId(), false,
                            "Leaving " + People.uniqueWord()).get(0).id(), token, null, null))),
            Map.entry("read pupil's data", new Action("getSpacePupilData", (in, token) -> Http.get(
                    Pupils.pupils(in.projectId()) + "/" + in.sparePupilId() + "/data", token))),
            Map.entry("list guests", new Action("listSpaceGuests", (in, token) -> Http.get(guests(in.projectId()),
                    token))),
            // inviting a guest again changes nothing: every cell may invite the same colleague of the founder's
            Map.entry("invite guest", new Action("inviteSpaceGuest", (in, token) -> invite(token, in.projectId(),
                    in.colleagueId()))),
            // a guest is removed once: the founder invites the colleague again before each cell
            Map.entry("remove guest", new Action("removeSpaceGuest", (in, token) -> {
                assertThat(invite(in.founder().token(), in.projectId(), in.colleagueId()).status()).isEqualTo(201);
                return Http.send("DELETE", guests(in.projectId()) + "/" + in.colleagueId(), token, null, null);
            })),
            Map.entry("list materials", new Action("listSpaceMaterials", (in, token) -> Http.get(
                    materials(in.projectId()), token))),
            Map.entry("make folder", new Action("makeSpaceFolder", (in, token) -> folder(token, in.projectId(),
                    "Cell " + People.uniqueWord(), false))),
            // each cell adds an upload of the reader's own (a made-up id where they may upload nothing)
            Map.entry("add material", new Action("addSpaceMaterial", (in, token) -> addMaterial(token, in.projectId(),
                    in.folderId(), uploadedBy(token)))),
            // a file is removed once: the founder adds one before each cell
            Map.entry("remove material", new Action("removeSpaceMaterial", (in, token) -> {
                var added = addMaterial(in.founder().token(), in.projectId(), in.folderId(),
                        uploadedBy(in.founder().token()));
                assertThat(added.status()).as(added.body()).isEqualTo(201);
                return Http.send("DELETE", materials(in.projectId()) + "/" + in.folderId() + "/files/"
                        + added.json().get("id").asText(), token, null, null);
            })),
            Map.entry("follow page", new Action("followSpacePage", (in, token) -> Http.send("PUT",
                    page(in.projectId(), in.pageId()) + "/following", token, "application/json",
                    "{\"following\": true}"))),
            Map.entry("list bulletin", new Action("listSpaceBulletin", (in, token) -> Http.get(
                    bulletin(in.projectId()), token))),
            Map.entry("open bulletin thread", new Action("openSpaceBulletinThread", (in, token) -> Http.send("POST",
                    bulletin(in.projectId()), token, "application/json",
                    threadJson("Cell " + People.uniqueWord(), "<p>For the teachers.</p>")))),
            Map.entry("read bulletin thread", new Action("getSpaceBulletinThread", (in, token) -> Http.get(
                    bulletin(in.projectId()) + "/" + in.bulletinThreadId(), token))),
            Map.entry("moderate bulletin thread", new Action("moderateSpaceBulletinThread", (in, token) -> Http.send(
                    "PUT", bulletin(in.projectId()) + "/" + in.bulletinThreadId(), token, "application/json",
                    "{\"pinned\": true}"))),
            Map.entry("follow bulletin thread", new Action("followSpaceBulletinThread", (in, token) -> Http.send(
                    "PUT", bulletin(in.projectId()) + "/" + in.bulletinThreadId() + "/following", token,
                    "application/json", "{\"following\": true}"))),
            // a post is removed once: the founder writes one in the bulletin thread before each cell
            Map.entry("remove bulletin post", new Action("removeSpaceBulletinPost", (in, token) -> {
                var post = Http.send("POST", bulletin(in.projectId()) + "/" + in.bulletinThreadId() + "/replies",
                        in.founder().token(), "application/json", "{\"body\": \"<p>To remove.</p>\"}");
                assertThat(post.status()).as(post.body()).isEqualTo(201);
                return Http.send("POST", bulletin(in.projectId()) + "/posts/" + post.json().get("id").asText()
                        + "/removal", token, "application/json", "{\"reason\": \"A cell of the table.\"}");
            })),
            Map.entry("reply in bulletin", new Action("replyInSpaceBulletin", (in, token) -> Http.send("POST",
                    bulletin(in.projectId()) + "/" + in.bulletinThreadId() + "/replies", token, "application/json",
                    "{\"body\": \"<p>Agreed.</p>\"}"))));

    /**
     * An open project of a founder and a partner, the page the founder wrote first in its space
     * and the thread they opened first in its forum.
     */
    private record Space(People.Person founder, People.Person partner, String projectId, String pageId,
                         String threadId, String sparePupilId, String colleagueId, String folderId,
                         String bulletinThreadId) {
    }

    // --- who may do what ---

    @Test
    void everyReaderMayDoInASpaceWhatThePermissionTableSays() {
        var table = PermissionTable.read();
        var two = spaceOfTwo("Teresa", "Tomás", "Timetable " + People.uniqueWord(), "<p>Mondays.</p>");
        Pupils.consent(two.founder().token(), two.projectId());
        var pupil = Pupils.made(two.founder().token(), two.projectId(), false, "Pia").get(0);
        var spare = Pupils.made(two.founder().token(), two.projectId(), false, "Spare").get(0);
        var pupilAdmin = Pupils.made(two.founder().token(), two.projectId(), true, "Pablo").get(0);
        // two teachers of the founder's school: one invited as a guest, one invited and removed by the cells
        var guest = Projects.validatedTeacher("Gala", "ES");
        var colleague = Projects.validatedTeacher("Gil", "ES");
        assertThat(invite(two.founder().token(), two.projectId(), guest.id()).status()).isEqualTo(201);
        var folder = folder(two.founder().token(), two.projectId(), "Worksheets", false);
        assertThat(folder.status()).as(folder.body()).isEqualTo(201);
        var notice = Http.send("POST", bulletin(two.projectId()), two.founder().token(), "application/json",
                threadJson("Planning " + People.uniqueWord(), "<p>Teachers only.</p>"));
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        var space = new Space(two.founder(), two.partner(), two.projectId(), two.pageId(), two.threadId(), spare.id(),
                colleague.id(), folder.json().get("id").asText(), notice.json().at("/thread/id").asText());
        var teacher = People.teacher("Tilde", "FR");
        Map<String, Supplier<String>> tokens = Map.of(
                "founder", space.founder()::token,
                "partner", space.partner()::token,
                "teacher", teacher::token,
                "nss-es", () -> Keycloak.tokenOf("nss-es"),
                "partner-system", Keycloak::partnerToken,
                "visitor", () -> null,
                "pupil", pupil::token,
                "pupil-admin", pupilAdmin::token,
                "guest", guest::token);
        assertThat(table.readers()).as("the readers of the columns of %s", TABLE)
                .containsExactlyInAnyOrderElementsOf(tokens.keySet());

        var wrong = new ArrayList<String>();
        for (var row : table.rows()) {
            var action = action(row.action());
            for (var reader : table.readers()) {
                int expected = row.statusFor(reader);
                String cell = "\"" + row.action() + "\" as " + reader;
                try {
                    var answer = action.request().of(space, tokens.get(reader).get());
                    if (answer.status() != expected) {
                        wrong.add(cell + ": " + answer.status() + " instead of " + expected + ": " + answer.body());
                    }
                } catch (AssertionError objection) {
                    // an answer the OpenAPI document does not allow (support.Contract); the other cells still run
                    wrong.add(cell + ": " + objection.getMessage());
                }
            }
        }

        assertThat(wrong).as("the cells of %s the API answers otherwise", TABLE).isEmpty();
    }

    @Test
    void everyOperationOfASpaceHasARowInThePermissionTable() {
        var document = Http.get(API + "/openapi?format=JSON", null);
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        var documented = new ArrayList<String>();
        for (var path : document.json().path("paths").properties()) {
            if (SPACE_PATHS.matcher(path.getKey()).matches()) {
                for (var operation : path.getValue().properties()) {
                    if (METHODS.contains(operation.getKey())) {
                        documented.add(operation.getValue().path("operationId").asText());
                    }
                }
            }
        }

        var inTable = PermissionTable.read().rows().stream().map(row -> action(row.action()).operationId()).toList();

        assertThat(inTable).as("the operations of the rows of %s, against those the API documents under"
                + " /v1/projects/{id}/space", TABLE).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void onlyMembersReadThePagesAndTheTwinboardOfASpace() {
        var founder = Projects.validatedTeacher("Marta", "ES");
        String title = "Home " + People.uniqueWord();
        String id = Projects.open(founder, "ES", title);
        String pageId = written(founder.token(), id, "Plans " + People.uniqueWord(), "<p>Week one.</p>");

        var visitor = Http.get(space(id), null);
        assertThat(visitor.status()).as(visitor.body()).isEqualTo(200);
        assertThat(visitor.json().get("projectId").asText()).isEqualTo(id);
        assertThat(visitor.json().get("title").asText()).isEqualTo(title);
        assertThat(visitor.json().get("description").asText()).contains("<strong>rivers</strong>");
        assertThat(visitor.json().get("archived").asBoolean()).isFalse();
        assertThat(People.texts(visitor.json().get("actions"))).containsExactly("READ_PUBLIC");
        assertThat(absent(visitor.json(), "pages")).as("a visitor reads no pages").isTrue();
        assertThat(absent(visitor.json(), "recent")).as("nor the Twinboard").isTrue();
        for (String outsider : List.of(People.teacher("Mauro", "FR").token(), Keycloak.partnerToken())) {
            var seen = Http.get(space(id), outsider).json();
            assertThat(People.texts(seen.get("actions"))).containsExactly("READ_PUBLIC");
            assertThat(absent(seen, "pages") && absent(seen, "recent")).as("an outsider: %s", seen).isTrue();
        }

        var member = Http.get(space(id), founder.token());

        assertThat(member.status()).as(member.body()).isEqualTo(200);
        assertThat(People.texts(member.json().get("actions")))
                .containsExactlyInAnyOrder("READ_PUBLIC", "READ", "EDIT_PAGES", "OPEN_THREAD", "REPLY", "MODERATE",
                        "PUBLISH", "POST_ON_WALL", "MANAGE_PUPILS", "MANAGE_GUESTS", "SHARE_MATERIALS");
        assertThat(People.ids(member.json().get("pages"))).containsExactly(pageId);
        assertThat(member.json().at("/pages/0/depth").asInt()).isZero();
        assertThat(member.json().at("/pages/0/version").asInt()).isEqualTo(1);
        JsonNode recent = member.json().get("recent");
        assertThat(recent).hasSize(1);
        assertThat(recent.at("/0/pageId").asText()).isEqualTo(pageId);
        assertThat(recent.at("/0/version").asInt()).isEqualTo(1);
        assertThat(recent.at("/0/editorId").asText()).isEqualTo(founder.id());
        assertThat(absent(recent.get(0), "body")).as("the Twinboard without bodies").isTrue();
    }

    // --- versions ---

    @Test
    void aSaveMadeFromAnOlderVersionIsRefusedAndOverwritesNothing() throws Exception {
        String title = "Diary " + People.uniqueWord();
        var space = spaceOfTwo("Nuria", "Nicolás", title, "<p>First draft.</p>");
        var founder = space.founder();
        var partner = space.partner();
        String id = space.projectId();
        String pageId = space.pageId();
        assertThat(versionOf(founder.token(), id, pageId)).isEqualTo(1);
        assertThat(versionOf(partner.token(), id, pageId)).isEqualTo(1);

        var byPartner = edit(partner.token(), id, pageId, editJson(1, title, "<p>Draft by the partner.</p>"));
        assertThat(byPartner.status()).as(byPartner.body()).isEqualTo(200);
        assertThat(byPartner.json().get("version").asInt()).isEqualTo(2);
        assertThat(byPartner.json().get("createdBy").asText()).isEqualTo(founder.id());
        assertThat(byPartner.json().get("updatedBy").asText()).isEqualTo(partner.id());

        var byFounder = edit(founder.token(), id, pageId, editJson(1, title, "<p>Draft by the founder.</p>"));

        Projects.assertRefusedAs(byFounder, "stale-version");
        assertThat(byFounder.json().get("detail").asText()).as("the current version").contains("current version is 2");
        var read = Http.get(page(id, pageId), founder.token());
        assertThat(read.json().get("body").asText()).as("nothing overwritten")
                .isEqualTo("<p>Draft by the partner.</p>");
        assertThat(read.json().get("version").asInt()).isEqualTo(2);
        var history = Http.get(page(id, pageId) + "/history", founder.token());
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(versions(history.json())).as("the latest first").containsExactly(2, 1);
        assertThat(People.list(history.json()).stream().map(v -> v.get("editorId").asText()))
                .containsExactly(partner.id(), founder.id());
        assertThat(People.list(history.json())).allSatisfy(v -> assertThat(absent(v, "body")).isTrue());
        var first = Http.get(page(id, pageId) + "/history/1", partner.token());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("body").asText()).isEqualTo("<p>First draft.</p>");
        assertThat(first.json().get("editorId").asText()).isEqualTo(founder.id());
        People.assertProblem(Http.get(page(id, pageId) + "/history/9", founder.token()), 404);
        People.assertProblem(Http.get(page(id, pageId) + "/history/first", founder.token()), 404);

        // two saves made from version 2 at the same moment: one wins, the other is told the version it missed
        var start = new CyclicBarrier(2);
        Callable<Http.Answer> founderSaves = () -> {
            start.await();
            return edit(founder.token(), id, pageId, editJson(2, title, "<p>Saved by the founder.</p>"));
        };
        Callable<Http.Answer> partnerSaves = () -> {
            start.await();
            return edit(partner.token(), id, pageId, editJson(2, title, "<p>Saved by the partner.</p>"));
        };
        List<Future<Http.Answer>> both;
        try (var pool = Executors.newFixedThreadPool(2)) {
            both = pool.invokeAll(List.of(founderSaves, partnerSaves));
        }
        var fromFounder = both.get(0).get();
        var fromPartner = both.get(1).get();

        assertThat(List.of(fromFounder.status(), fromPartner.status()))
                .as(fromFounder.body() + " / " + fromPartner.body()).containsExactlyInAnyOrder(200, 409);
        var winner = fromFounder.status() == 200 ? fromFounder : fromPartner;
        var loser = winner == fromFounder ? fromPartner : fromFounder;
        Projects.assertRefusedAs(loser, "stale-version");
        assertThat(loser.json().get("detail").asText()).contains("current version is 3");
        assertThat(winner.json().get("version").asInt()).isEqualTo(3);
        var after = Http.get(page(id, pageId), partner.token()).json();
        assertThat(after.get("body").asText()).as("the winner's body").isEqualTo(winner.json().get("body").asText());
        assertThat(after.get("version").asInt()).isEqualTo(3);
        assertThat(versions(Http.get(page(id, pageId) + "/history", partner.token()).json())).containsExactly(3, 2, 1);
    }

    // --- archive ---

    @Test
    void aClosedProjectsSpaceIsReadOnlyUntilItIsReopened() {
        var founder = Projects.validatedTeacher("Olga", "ES");
        String word = People.uniqueWord();
        String id = Projects.open(founder, "ES", "Archive " + word);
        String title = "Minutes " + word;
        String pageId = written(founder.token(), id, title, "<p>Before closing.</p>");

        assertThat(Projects.post(founder.token(), id, "close").status()).isEqualTo(200);

        var home = Http.get(space(id), founder.token()).json();
        assertThat(home.get("archived").asBoolean()).isTrue();
        assertThat(People.texts(home.get("actions"))).containsExactlyInAnyOrder("READ_PUBLIC", "READ",
                "MANAGE_PUPILS", "MANAGE_GUESTS");
        assertThat(People.ids(home.get("pages"))).containsExactly(pageId);
        var read = Http.get(page(id, pageId), founder.token());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("body").asText()).isEqualTo("<p>Before closing.</p>");
        assertThat(Http.get(page(id, pageId) + "/history/1", founder.token()).status()).isEqualTo(200);
        assertThat(Http.get(space(id), null).json().get("archived").asBoolean()).as("a visitor sees it archived")
                .isTrue();
        Projects.assertRefusedAs(write(founder.token(), id, pageJson("Late " + word, "<p>After closing.</p>")),
                "space-archived");
        Projects.assertRefusedAs(edit(founder.token(), id, pageId, editJson(1, title, "<p>After closing.</p>")),
                "space-archived");
        assertThat(versionOf(founder.token(), id, pageId)).as("nothing changed").isEqualTo(1);
        assertThat(People.ids(Http.get(pages(id), founder.token()).json())).as("nothing written")
                .containsExactly(pageId);

        var reopened = Projects.post(founder.token(), id, "reopen");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);

        var reopenedHome = Http.get(space(id), founder.token()).json();
        assertThat(reopenedHome.get("archived").asBoolean()).isFalse();
        assertThat(People.texts(reopenedHome.get("actions"))).contains("EDIT_PAGES");
        var edited = edit(founder.token(), id, pageId, editJson(1, title, "<p>Second year.</p>"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(2);
        assertThat(edited.json().get("body").asText()).isEqualTo("<p>Second year.</p>");
    }

    @Test
    void aPendingOrRejectedProjectHasNoSpaceEvenForItsFounder() {
        var founder = Projects.validatedTeacher("Paloma", "ES");
        String word = People.uniqueWord();
        String pending = Projects.created(founder, "Pending " + word);

        People.assertProblem(Http.get(space(pending), founder.token()), 404);
        People.assertProblem(Http.get(space(pending), null), 404);
        People.assertProblem(Http.get(space(pending), Keycloak.tokenOf("nss-es")), 404);
        People.assertProblem(Http.get(pages(pending), founder.token()), 404);
        People.assertProblem(write(founder.token(), pending, pageJson("Too early " + word, "<p>Plans.</p>")), 404);
        People.assertProblem(Http.get(space(pending) + "/blog", null), 404);
        People.assertProblem(Http.get(space(pending) + "/blog", Keycloak.tokenOf("nss-es")), 404);
        People.assertProblem(Http.send("POST", space(pending) + "/blog", founder.token(), "application/json",
                "{\"title\": \"Too early\", \"body\": \"<p>Plans.</p>\"}"), 404);
        assertThat(Projects.get(founder.token(), pending).status()).as("the project is its founder's to read")
                .isEqualTo(200);

        String rejected = Projects.created(founder, "Rejected " + word);
        var decided = Projects.decide("nss-es", rejected,
                "{\"decision\": \"REJECT\", \"reason\": \"Say what the pupils do.\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        People.assertProblem(Http.get(space(rejected), founder.token()), 404);
        People.assertProblem(write(founder.token(), rejected, pageJson("Anyway " + word, "<p>Plans.</p>")), 404);
        People.assertProblem(Http.get(space(UUID.randomUUID().toString()), null), 404);
    }

    // --- pages ---

    @Test
    void pagesAreSanitisedStayInTheirSpaceAndEveryRefusedInputNamesItsField() {
        var founder = Projects.validatedTeacher("Rosa", "ES");
        String word = People.uniqueWord();
        String id = Projects.open(founder, "ES", "Sanitised " + word);
        String other = Projects.open(founder, "ES", "Other space " + word);
        String elsewhere = written(founder.token(), other, "Elsewhere " + word, "<p>Another space.</p>");

        var rivers = write(founder.token(), id, pageJson("Rivers " + word,
                "<p onclick=\"steal()\">Rivers <b>measured</b><script>alert(1)</script></p>"));

        assertThat(rivers.status()).as(rivers.body()).isEqualTo(201);
        assertThat(rivers.json().get("body").asText()).isEqualTo("<p>Rivers <strong>measured</strong></p>");
        assertThat(rivers.json().get("bodyText").asText()).isEqualTo("Rivers measured");
        assertThat(rivers.json().get("version").asInt()).isEqualTo(1);
        String riversId = rivers.json().get("id").asText();
        assertThat(Http.get(page(id, riversId), founder.token()).json().get("body").asText()).as("stored sanitised")
                .isEqualTo("<p>Rivers <strong>measured</strong></p>");

        // a page goes under a page of its own space, its children right after it
        var birds = write(founder.token(), id, pageUnder(riversId, "Birds " + word, "<p>Herons.</p>"));
        assertThat(birds.status()).as(birds.body()).isEqualTo(201);
        assertThat(birds.json().get("parentId").asText()).isEqualTo(riversId);
        String birdsId = birds.json().get("id").asText();
        var tree = Http.get(pages(id), founder.token()).json();
        assertThat(People.ids(tree)).containsExactly(riversId, birdsId);
        assertThat(People.list(tree).stream().map(p -> p.get("depth").asInt())).containsExactly(0, 1);
        People.assertProblem(write(founder.token(), id, pageUnder(elsewhere, "Stray " + word, "<p>Lost.</p>")), 404);
        People.assertProblem(write(founder.token(), id, pageUnder(UUID.randomUUID().toString(), "Stray " + word,
                "<p>Lost.</p>")), 404);
        People.assertProblem(Http.get(page(id, elsewhere), founder.token()), 404);
        People.assertProblem(Http.get(page(id, elsewhere) + "/history", founder.token()), 404);
        People.assertProblem(edit(founder.token(), id, elsewhere, editJson(1, "Moved " + word, "<p>Moved.</p>")), 404);
        assertThat(versionOf(founder.token(), other, elsewhere)).as("the other space's page unchanged").isEqualTo(1);

        // every refused input names its field, and nothing is written
        People.assertRefused(write(founder.token(), id, "{\"body\": \"<p>No title.</p>\"}"), "title");
        People.assertRefused(write(founder.token(), id, pageJson(" ", "<p>A blank title.</p>")), "title");
        People.assertRefused(write(founder.token(), id, pageJson("T".repeat(201), "<p>A long title.</p>")), "title");
        People.assertRefused(edit(founder.token(), id, riversId,
                "{\"title\": \"Rivers " + word + "\", \"body\": \"<p>No version.</p>\"}"), "version");
        People.assertRefused(edit(founder.token(), id, riversId, editJson(1, "", "<p>No title.</p>")), "title");
        assertThat(People.ids(Http.get(pages(id), founder.token()).json())).as("nothing written")
                .containsExactly(riversId, birdsId);
        assertThat(versionOf(founder.token(), id, riversId)).as("nothing saved").isEqualTo(1);

        var edited = edit(founder.token(), id, riversId, editJson(1, "Rivers " + word,
                "<h3 onmouseover=\"steal()\">Map</h3><script>steal()</script>"));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("body").asText()).isEqualTo("<h3>Map</h3>");
        assertThat(edited.json().get("bodyText").asText()).isEqualTo("Map");
        assertThat(Http.get(page(id, riversId) + "/history/2", founder.token()).json().get("body").asText())
                .isEqualTo("<h3>Map</h3>");
    }

    // --- the forum ---

    @Test
    void aMemberInvitesATeacherOfTheirSchoolWhoReadsRepliesHearsOfRepliesAndLeaves() {
        var space = spaceOfTwo("Inés", "Iker", "Guests " + People.uniqueWord(), "<p>Welcome, colleagues.</p>");
        String id = space.projectId();
        var colleague = Projects.validatedTeacher("Gloria", "ES");
        var elsewhere = Projects.validatedTeacher("Gaston", "FR");
        People.assertProblem(Http.get(pages(id), colleague.token()), 404);

        // refused: another school's teacher, a member, nobody, nothing
        People.assertRefused(invite(space.founder().token(), id, elsewhere.id()), "profileId");
        Projects.assertRefusedAs(invite(space.founder().token(), id, space.partner().id()), "already-member");
        People.assertProblem(invite(space.founder().token(), id, UUID.randomUUID().toString()), 404);
        People.assertRefused(Http.send("POST", guests(id), space.founder().token(), "application/json", "{}"),
                "profileId");

        var invited = invite(space.founder().token(), id, colleague.id());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("name").asText()).isEqualTo(colleague.name());
        assertThat(invited.json().get("invitedById").asText()).isEqualTo(space.founder().id());
        assertThat(invite(space.founder().token(), id, colleague.id()).status()).as("again: nothing new").isEqualTo(201);
        var list = Http.get(guests(id), space.partner().token());
        assertThat(People.list(list.json())).extracting(g -> g.get("profileId").asText())
                .containsExactly(colleague.id());
        var told = Http.get(API + "/v1/notifications?size=100", colleague.token());
        assertThat(People.list(told.json().get("items"))).filteredOn(n -> n.get("kind").asText()
                .equals("space-guest-invited")).singleElement().satisfies(n -> {
                    assertThat(n.get("link").asText()).isEqualTo("/projects/" + id + "/space");
                    assertThat(n.get("actorId").asText()).isEqualTo(space.founder().id());
                });

        // the guest reads, replies, follows; writes nothing else
        assertThat(Http.get(page(id, space.pageId()), colleague.token()).status()).isEqualTo(200);
        var actions = People.texts(Http.get(space(id), colleague.token()).json().get("actions"));
        assertThat(actions).containsExactlyInAnyOrder("READ_PUBLIC", "READ", "REPLY");
        replied(colleague.token(), id, space.threadId(), "<p>May my class join the call?</p>");
        People.assertProblem(write(colleague.token(), id, pageJson("Mine", "<p>No.</p>")), 403);
        replied(space.founder().token(), id, space.threadId(), "<p>Of course.</p>");
        assertThat(replyNotices(colleague)).as("a guest who replied hears of the next reply").hasSize(1);
        assertThat(exported(colleague, "twinSpaceGuestSeats").toString()).contains(id);

        // the guest leaves: the inside is gone for them, their reply stays
        var left = Http.send("DELETE", guests(id) + "/" + colleague.id(), colleague.token(), null, null);
        assertThat(left.status()).as(left.body()).isEqualTo(204);
        People.assertProblem(Http.get(pages(id), colleague.token()), 404);
        People.assertProblem(Http.send("DELETE", guests(id) + "/" + colleague.id(), space.founder().token(), null,
                null), 404);
        assertThat(Http.get(thread(id, space.threadId()), space.founder().token()).body())
                .contains("May my class join the call?");

        // archived: no new guest
        assertThat(Projects.post(space.founder().token(), id, "close").status()).isEqualTo(200);
        Projects.assertRefusedAs(invite(space.founder().token(), id, colleague.id()), "space-archived");
    }

    @Test
    void membersShareFoldersAndAlbumsThatEveryReaderOfTheSpaceSeesAndNobodyElse() {
        var space = spaceOfTwo("Marisa", "Mateo", "Materials " + People.uniqueWord(), "<p>Our files.</p>");
        String id = space.projectId();
        var founder = space.founder();

        var album = folder(founder.token(), id, "River photos", true);
        assertThat(album.status()).as(album.body()).isEqualTo(201);
        assertThat(album.json().get("album").asBoolean()).isTrue();
        assertThat(album.json().get("createdByName").asText()).isEqualTo(founder.name());
        String albumId = album.json().get("id").asText();
        People.assertRefused(folder(founder.token(), id, "river PHOTOS", false), "name");
        People.assertRefused(folder(founder.token(), id, "  ", false), "name");
        String folderId = folder(space.partner().token(), id, "Worksheets", false).json().get("id").asText();

        // an album takes pictures; a folder takes what the store took; nobody adds another's upload
        var notes = Uploads.post(API + "/v1/files", founder.token(), List.of(Uploads.Part.file("notes.txt",
                "text/plain", "Measure at noon.".getBytes(StandardCharsets.UTF_8))));
        assertThat(notes.status()).isEqualTo(201);
        String notesId = notes.json().get("id").asText();
        People.assertRefused(addMaterial(founder.token(), id, albumId, notesId), "file");
        var inFolder = addMaterial(founder.token(), id, folderId, notesId);
        assertThat(inFolder.status()).as(inFolder.body()).isEqualTo(201);
        People.assertRefused(addMaterial(founder.token(), id, folderId, notesId), "file");
        People.assertRefused(addMaterial(founder.token(), id, albumId, uploadedBy(space.partner().token())), "file");
        String pictureId = Uploads.post(API + "/v1/files", founder.token(), List.of(Uploads.Part.file("ebro.png",
                "image/png", Uploads.png(640, 480)))).json().get("id").asText();
        assertThat(addMaterial(founder.token(), id, albumId, pictureId).status()).isEqualTo(201);
        People.assertProblem(addMaterial(founder.token(), id, UUID.randomUUID().toString(), uploadedBy(
                founder.token())), 404);

        // read by the space's readers, pictures with a thumbnail; nobody else knows them
        var listed = Http.get(materials(id), space.partner().token());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(People.list(listed.json())).extracting(f -> f.get("name").asText())
                .containsExactly("River photos", "Worksheets");
        assertThat(listed.json().at("/0/files/0/id").asText()).isEqualTo(pictureId);
        assertThat(listed.json().at("/1/files/0/name").asText()).isEqualTo("notes.txt");
        var thumbnail = org.twinninglive.support.RawHttp.get(API + "/v1/files/" + pictureId + "/thumbnail",
                space.partner().token());
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.image().getWidth()).isEqualTo(320);
        var outsider = People.teacher("Otto", "FR");
        People.assertProblem(Http.get(API + "/v1/files/" + pictureId, outsider.token()), 404);
        People.assertProblem(Http.get(materials(id), outsider.token()), 404);
        assertThat(exported(founder, "progression").stream().filter(c -> c.get("category").asText()
                .equals("twinspace-material")).map(c -> c.get("reference").asText()).toList())
                .as("a member's materials count").contains(notesId, pictureId);
        assertThat(exported(founder, "twinSpaceFolders").toString()).contains(albumId);
        assertThat(exported(founder, "twinSpaceMaterials").toString()).contains(pictureId).contains(notesId);

        // removed: erased
        var removed = Http.send("DELETE", materials(id) + "/" + folderId + "/files/" + notesId, founder.token(), null,
                null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        People.assertProblem(Http.get(API + "/v1/files/" + notesId, space.partner().token()), 404);
        People.assertProblem(Http.send("DELETE", materials(id) + "/" + albumId + "/files/" + notesId, founder.token(),
                null, null), 404);

        // archived: read, nothing added
        assertThat(Projects.post(founder.token(), id, "close").status()).isEqualTo(200);
        assertThat(Http.get(materials(id), space.partner().token()).status()).isEqualTo(200);
        Projects.assertRefusedAs(folder(founder.token(), id, "After", false), "space-archived");
    }

    @Test
    void theFollowersOfAPageHearOfEachNewVersionUntilTheyStopFollowingIt() {
        var space = spaceOfTwo("Pilar", "Pau", "Timeline " + People.uniqueWord(), "<p>Week one.</p>");
        String id = space.projectId();
        var founder = space.founder();
        var partner = space.partner();
        People.assertRefused(Http.send("PUT", page(id, space.pageId()) + "/following", partner.token(),
                "application/json", "{}"), "following");
        var follows = Http.send("PUT", page(id, space.pageId()) + "/following", partner.token(), "application/json",
                "{\"following\": true}");
        assertThat(follows.status()).as(follows.body()).isEqualTo(200);
        assertThat(follows.json().get("following").asBoolean()).isTrue();

        assertThat(edit(founder.token(), id, space.pageId(), editJson(1, "Timeline", "<p>Week two.</p>")).status())
                .isEqualTo(200);
        assertThat(edit(founder.token(), id, space.pageId(), editJson(2, "Timeline", "<p>Week three.</p>")).status())
                .isEqualTo(200);
        var notices = pageNotices(partner);
        assertThat(notices).as("two versions, one notice while unread").hasSize(1);
        assertThat(notices.get(0).get("link").asText()).isEqualTo("/projects/" + id + "/space?page=" + space.pageId());
        assertThat(notices.get(0).get("text").asText()).contains(founder.name()).contains("Timeline");
        assertThat(pageNotices(founder)).as("no notice of one's own versions").isEmpty();

        // the partner's own version: the founder, who wrote the page, follows it
        assertThat(edit(partner.token(), id, space.pageId(), editJson(3, "Timeline", "<p>Week four.</p>")).status())
                .isEqualTo(200);
        assertThat(pageNotices(founder)).hasSize(1);

        readAll(partner);
        Http.send("PUT", page(id, space.pageId()) + "/following", partner.token(), "application/json",
                "{\"following\": false}");
        assertThat(edit(founder.token(), id, space.pageId(), editJson(4, "Timeline", "<p>Week five.</p>")).status())
                .isEqualTo(200);
        assertThat(unreadCount(partner)).as("no notice once they stopped following").isZero();
    }

    private static List<JsonNode> pageNotices(People.Person person) {
        var answer = Http.get(API + "/v1/notifications?size=100", person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.list(answer.json().get("items")).stream()
                .filter(n -> n.get("kind").asText().equals("space-page-changed")).toList();
    }

    @Test
    void theFollowersOfAThreadHearOfEachReplyUntilTheyStopFollowingIt() {
        var space = spaceOfTwo("Vera", "Víctor", "Agenda " + People.uniqueWord(), "<p>Calls.</p>");
        var founder = space.founder();
        var partner = space.partner();
        String id = space.projectId();
        String title = "Our first call " + People.uniqueWord();
        String threadId = opened(founder.token(), id, title, "<p>Which day suits you?</p>");
        assertThat(following(founder.token(), id, threadId)).as("its author follows it").isTrue();
        assertThat(following(partner.token(), id, threadId)).isFalse();

        replied(partner.token(), id, threadId, "<p>Tuesday.</p>");

        var notices = replyNotices(founder);
        assertThat(notices).hasSize(1);
        var notice = notices.get(0);
        assertThat(notice.get("link").asText()).as("the thread's address")
                .isEqualTo("/projects/" + id + "/space?thread=" + threadId);
        assertThat(notice.get("actorId").asText()).isEqualTo(partner.id());
        assertThat(notice.get("text").asText()).contains(partner.name()).contains(title);
        assertThat(notice.get("read").asBoolean()).isFalse();
        Projects.awaitMail(founder.email(), "A new reply in a thread you follow");
        assertThat(replyNotices(partner)).as("no notice of one's own reply").isEmpty();
        assertThat(following(partner.token(), id, threadId)).as("a replier follows the thread").isTrue();

        replied(founder.token(), id, threadId, "<p>Tuesday it is.</p>");
        assertThat(replyNotices(partner)).as("the replier hears of the next reply").hasSize(1);
        readAll(partner);

        var stopped = follow(partner.token(), id, threadId, false);
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().get("following").asBoolean()).isFalse();
        replied(founder.token(), id, threadId, "<p>At ten.</p>");

        // a read notice is closed: had they still followed, this reply would have started a new one
        assertThat(replyNotices(partner)).as("no notice once they stopped following").hasSize(1);
        assertThat(unreadCount(partner)).isZero();
        assertThat(following(partner.token(), id, threadId)).isFalse();
        assertThat(replyNotices(founder)).as("no notice of one's own replies").hasSize(1);
    }

    @Test
    void aPartnerWhoLeftTheProjectHearsNothingMoreOfAThreadTheyFollowed() {
        var space = spaceOfTwo("Lidia", "Leandro", "Plans " + People.uniqueWord(), "<p>Plans.</p>");
        String id = space.projectId();
        String title = "Leaving " + People.uniqueWord();
        String threadId = opened(space.founder().token(), id, title, "<p>Who comes on Friday?</p>");
        replied(space.partner().token(), id, threadId, "<p>We do.</p>");
        assertThat(following(space.partner().token(), id, threadId)).isTrue();

        var left = Http.send("DELETE", API + "/v1/projects/" + id + "/partners/" + space.partner().id(),
                space.founder().token(), null, null);
        assertThat(left.status()).as(left.body()).isIn(200, 204);
        replied(space.founder().token(), id, threadId, "<p>Then we go alone.</p>");

        assertThat(replyNotices(space.partner())).as("a former partner is told nothing of the space's forum")
                .isEmpty();
        assertThat(Http.get(thread(id, threadId), space.partner().token()).status()).isEqualTo(404);
    }

    @Test
    void theBlogIsPublicWhatMembersPublishOnItOnlyAndNothingOnceArchived() {
        var space = spaceOfTwo("Blanca", "Bernardo", "Notes " + People.uniqueWord(), "<p>Members only.</p>");
        String id = space.projectId();
        String blog = space(id) + "/blog";
        var none = Http.get(blog, null);
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json().get("total").asInt()).isZero();

        var published = Http.send("POST", blog, space.partner().token(), "application/json",
                "{\"title\": \"Our map of rivers\", \"body\": \"<p>See <b>our</b> map.</p><script>x()</script>\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("body").asText()).contains("our").contains("map").doesNotContain("script")
                .doesNotContain("x()");
        assertThat(published.json().get("authorId").asText()).isEqualTo(space.partner().id());

        var read = Http.get(blog, null);
        assertThat(read.json().get("total").asInt()).as("a visitor reads it").isOne();
        assertThat(read.json().get("items").get(0).get("title").asText()).isEqualTo("Our map of rivers");
        assertThat(read.body()).as("nothing of the members' pages is public").doesNotContain("Members only.");
        assertThat(absent(read.json().get("items").get(0), "authorName")).as("visitors are told no member's name")
                .isTrue();
        assertThat(Http.get(blog, space.founder().token()).json().get("items").get(0).get("authorName").asText())
                .isEqualTo(space.partner().name());

        var untitled = Http.send("POST", blog, space.founder().token(), "application/json", "{\"body\": \"<p>x</p>\"}");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.json().get("field").asText()).isEqualTo("title");
        var empty = Http.send("POST", blog, space.founder().token(), "application/json", "{\"title\": \"Empty\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asText()).isEqualTo("body");

        assertThat(Projects.post(space.founder().token(), id, "close").status()).isEqualTo(200);
        var archived = Http.send("POST", blog, space.founder().token(), "application/json",
                "{\"title\": \"Late\", \"body\": \"<p>Late.</p>\"}");
        Projects.assertRefusedAs(archived, "space-archived");
        assertThat(Http.get(blog, null).json().get("total").asInt()).as("still readable, nothing added").isOne();
        assertThat(exported(space.partner(), "twinSpaceBlogPosts")).extracting(p -> p.get("title").asText())
                .containsExactly("Our map of rivers");
    }

    @Test
    void twoRepliesSentAtTheSameMomentAreBothKept() throws Exception {
        var space = spaceOfTwo("Rosa", "Ramiro", "Race " + People.uniqueWord(), "<p>Race.</p>");
        String id = space.projectId();
        String threadId = space.threadId();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> reply(space.founder().token(), id, threadId, "<p>Mine.</p>"));
            var second = pool.submit(() -> reply(space.partner().token(), id, threadId, "<p>Mine too.</p>"));
            assertThat(first.get().status()).as(first.get().body()).isEqualTo(201);
            assertThat(second.get().status()).as(second.get().body()).isEqualTo(201);
        } finally {
            pool.shutdown();
        }
        var read = Http.get(thread(id, threadId), space.founder().token());
        assertThat(read.json().get("thread").get("posts").asInt()).as("the first post and both replies").isEqualTo(3);
        assertThat(postsOf(space.founder().token(), id, threadId)).hasSize(3);
    }

    @Test
    void membersPinAndLockThreadsAndRemoveAPostWithAReasonShownInItsPlace() {
        var space = spaceOfTwo("Wanda", "Walter", "Rules " + People.uniqueWord(), "<p>Be kind.</p>");
        var founder = space.founder();
        var partner = space.partner();
        String id = space.projectId();
        String older = space.threadId();
        String newer = opened(partner.token(), id, "Trips " + People.uniqueWord(), "<p>Where to?</p>");
        assertThat(threadIds(founder.token(), id)).as("the latest active first").containsExactly(newer, older);

        var pinned = moderate(founder.token(), id, older, "{\"pinned\": true}");

        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
        assertThat(pinned.json().at("/thread/pinned").asBoolean()).isTrue();
        assertThat(threadIds(partner.token(), id)).as("a pinned thread first").containsExactly(older, newer);

        var locked = moderate(partner.token(), id, newer, "{\"locked\": true}");
        assertThat(locked.status()).as(locked.body()).isEqualTo(200);
        assertThat(locked.json().at("/thread/locked").asBoolean()).isTrue();
        assertThat(locked.json().at("/thread/pinned").asBoolean()).as("what is not sent stays").isFalse();
        assertThat(People.texts(locked.json().get("actions"))).contains("READ", "MODERATE").doesNotContain("REPLY");
        Projects.assertRefusedAs(reply(founder.token(), id, newer, "<p>Too late.</p>"), "thread-locked");
        assertThat(postsOf(founder.token(), id, newer)).as("nothing posted").hasSize(1);

        var unlocked = moderate(founder.token(), id, newer, "{\"locked\": false}");
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.json().at("/thread/locked").asBoolean()).isFalse();
        assertThat(People.texts(unlocked.json().get("actions"))).contains("REPLY");
        String offTopic = replied(founder.token(), id, newer, "<p>Bikes for sale.</p>");
        assertThat(threadIds(founder.token(), id)).as("pinned first, even before a thread more recently active")
                .containsExactly(older, newer);

        var removed = remove(partner.token(), id, offTopic, "{\"reason\": \"Off topic.\"}");

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("removed").asBoolean()).isTrue();
        assertThat(removed.json().get("removalReason").asText()).isEqualTo("Off topic.");
        assertThat(absent(removed.json(), "body")).as("its words to no one").isTrue();
        var shown = postsOf(founder.token(), id, newer);
        assertThat(shown).as("it stays in its place").hasSize(2);
        var post = shown.get(1);
        assertThat(post.get("id").asText()).isEqualTo(offTopic);
        assertThat(post.get("removed").asBoolean()).isTrue();
        assertThat(absent(post, "body") && absent(post, "bodyText")).as("no words: %s", post).isTrue();
        assertThat(post.get("removalReason").asText()).isEqualTo("Off topic.");
        assertThat(post.get("removedAt").asText()).isNotBlank();
        assertThat(post.get("authorId").asText()).as("kept for the record").isEqualTo(founder.id());
        Projects.assertRefusedAs(remove(founder.token(), id, offTopic, "{\"reason\": \"Again.\"}"), "post-removed");
        assertThat(postsOf(founder.token(), id, newer).get(1).get("removalReason").asText())
                .as("the first reason stays").isEqualTo("Off topic.");
        String firstPost = shown.get(0).get("id").asText();
        People.assertRefused(remove(founder.token(), id, firstPost, "{}"), "reason");
        People.assertRefused(remove(founder.token(), id, firstPost, "{\"reason\": \" \"}"), "reason");
        assertThat(postsOf(founder.token(), id, newer).get(0).get("removed").asBoolean()).as("nothing removed")
                .isFalse();
    }

    @Test
    void aClosedProjectsForumIsReadOnly() {
        var founder = Projects.validatedTeacher("Xana", "ES");
        String word = People.uniqueWord();
        String id = Projects.open(founder, "ES", "Archived forum " + word);
        String threadId = opened(founder.token(), id, "Before closing " + word, "<p>Still open.</p>");
        String postId = postsOf(founder.token(), id, threadId).get(0).get("id").asText();

        assertThat(Projects.post(founder.token(), id, "close").status()).isEqualTo(200);

        assertThat(threadIds(founder.token(), id)).containsExactly(threadId);
        var read = Http.get(thread(id, threadId), founder.token());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(People.texts(read.json().get("actions"))).containsExactly("READ");
        assertThat(read.json().at("/posts/items/0/body").asText()).isEqualTo("<p>Still open.</p>");
        Projects.assertRefusedAs(openThread(founder.token(), id, threadJson("After closing " + word, "<p>Late.</p>")),
                "space-archived");
        Projects.assertRefusedAs(reply(founder.token(), id, threadId, "<p>Late.</p>"), "space-archived");
        Projects.assertRefusedAs(moderate(founder.token(), id, threadId, "{\"locked\": true}"), "space-archived");
        Projects.assertRefusedAs(remove(founder.token(), id, postId, "{\"reason\": \"Late.\"}"), "space-archived");
        assertThat(threadIds(founder.token(), id)).as("no thread opened").containsExactly(threadId);
        var after = Http.get(thread(id, threadId), founder.token()).json();
        assertThat(after.at("/posts/total").asInt()).as("no reply").isEqualTo(1);
        assertThat(after.at("/thread/locked").asBoolean()).isFalse();
        assertThat(after.at("/posts/items/0/removed").asBoolean()).isFalse();
    }

    @Test
    void aThreadStaysInItsSpace() {
        var founder = Projects.validatedTeacher("Yara", "ES");
        String word = People.uniqueWord();
        String id = Projects.open(founder, "ES", "Here " + word);
        String other = Projects.open(founder, "ES", "There " + word);
        String elsewhere = opened(founder.token(), other, "Elsewhere " + word, "<p>Another space.</p>");
        String elsewherePost = postsOf(founder.token(), other, elsewhere).get(0).get("id").asText();

        // its founder is a member of both spaces: only the address decides
        People.assertProblem(Http.get(thread(id, elsewhere), founder.token()), 404);
        People.assertProblem(reply(founder.token(), id, elsewhere, "<p>Lost.</p>"), 404);
        People.assertProblem(moderate(founder.token(), id, elsewhere, "{\"locked\": true}"), 404);
        People.assertProblem(follow(founder.token(), id, elsewhere, false), 404);
        People.assertProblem(remove(founder.token(), id, elsewherePost, "{\"reason\": \"Stray.\"}"), 404);
        People.assertProblem(Http.get(thread(id, UUID.randomUUID().toString()), founder.token()), 404);
        People.assertProblem(remove(founder.token(), id, UUID.randomUUID().toString(), "{\"reason\": \"None.\"}"),
                404);

        assertThat(threadIds(founder.token(), id)).isEmpty();
        var there = Http.get(thread(other, elsewhere), founder.token()).json();
        assertThat(there.at("/posts/total").asInt()).as("no reply").isEqualTo(1);
        assertThat(there.at("/thread/locked").asBoolean()).isFalse();
        assertThat(there.get("following").asBoolean()).as("still followed").isTrue();
        assertThat(there.at("/posts/items/0/removed").asBoolean()).isFalse();
    }

    @Test
    void postsAreSanitisedAndEveryRefusedInputNamesItsField() {
        var founder = Projects.validatedTeacher("Zoe", "ES");
        String word = People.uniqueWord();
        String id = Projects.open(founder, "ES", "Clean forum " + word);

        var rivers = openThread(founder.token(), id, threadJson("Rivers " + word,
                "<p onclick=\"steal()\">Rivers <b>measured</b><script>alert(1)</script></p>"));

        assertThat(rivers.status()).as(rivers.body()).isEqualTo(201);
        assertThat(rivers.json().at("/posts/items/0/body").asText())
                .isEqualTo("<p>Rivers <strong>measured</strong></p>");
        assertThat(rivers.json().at("/posts/items/0/bodyText").asText()).isEqualTo("Rivers measured");
        String threadId = rivers.json().at("/thread/id").asText();
        var map = reply(founder.token(), id, threadId,
                "<h3 onmouseover=\"steal()\">Map</h3><script>steal()</script>");
        assertThat(map.status()).as(map.body()).isEqualTo(201);
        assertThat(map.json().get("body").asText()).isEqualTo("<h3>Map</h3>");
        assertThat(map.json().get("bodyText").asText()).isEqualTo("Map");
        assertThat(postsOf(founder.token(), id, threadId).get(1).get("body").asText()).as("stored sanitised")
                .isEqualTo("<h3>Map</h3>");

        // every refused input names its field, and nothing is written
        People.assertRefused(reply(founder.token(), id, threadId, ""), "body");
        People.assertRefused(reply(founder.token(), id, threadId, "<script>alert(1)</script>"), "body");
        People.assertRefused(Http.send("POST", thread(id, threadId) + "/replies", founder.token(), "application/json",
                "{}"), "body");
        People.assertRefused(openThread(founder.token(), id, "{\"body\": \"<p>No title.</p>\"}"), "title");
        People.assertRefused(openThread(founder.token(), id, threadJson(" ", "<p>A blank title.</p>")), "title");
        People.assertRefused(openThread(founder.token(), id, threadJson("T".repeat(201), "<p>A long title.</p>")),
                "title");
        People.assertRefused(openThread(founder.token(), id, threadJson("No words " + word, "")), "body");
        People.assertRefused(Http.send("PUT", thread(id, threadId) + "/following", founder.token(),
                "application/json", "{}"), "following");
        assertThat(threadIds(founder.token(), id)).as("no thread opened").containsExactly(threadId);
        assertThat(Http.get(thread(id, threadId), founder.token()).json().at("/posts/total").asInt())
                .as("no reply written").isEqualTo(2);
    }

    // --- personal data ---

    @Test
    void theExportHoldsThePageVersionsEachPersonSaved() {
        String title = "Recipes " + People.uniqueWord();
        var space = spaceOfTwo("Ulla", "Unai", title, "<p>Bread.</p>");
        var saved = edit(space.partner().token(), space.projectId(), space.pageId(),
                editJson(1, title, "<p>Bread and olives.</p>"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        var byFounder = exported(space.founder(), "twinSpacePages");
        var byPartner = exported(space.partner(), "twinSpacePages");

        assertThat(byFounder).hasSize(1);
        var first = byFounder.get(0);
        assertThat(first.get("projectId").asText()).isEqualTo(space.projectId());
        assertThat(first.get("pageId").asText()).isEqualTo(space.pageId());
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("title").asText()).isEqualTo(title);
        assertThat(first.get("body").asText()).isEqualTo("<p>Bread.</p>");
        assertThat(first.get("savedAt").asText()).isNotBlank();
        assertThat(byPartner).hasSize(1);
        assertThat(byPartner.get(0).get("pageId").asText()).isEqualTo(space.pageId());
        assertThat(byPartner.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(byPartner.get(0).get("body").asText()).isEqualTo("<p>Bread and olives.</p>");
        assertDocumentedInTheExport("twinSpacePages");
    }

    @Test
    void theExportHoldsThePostsEachPersonWroteEachCreditedAsAForumPost() {
        var space = spaceOfTwo("Vanesa", "Valentín", "Menus " + People.uniqueWord(), "<p>Lunch.</p>");
        String id = space.projectId();
        String title = Http.get(thread(id, space.threadId()), space.founder().token()).json().at("/thread/title")
                .asText();
        String opening = postsOf(space.founder().token(), id, space.threadId()).get(0).get("id").asText();
        String first = replied(space.partner().token(), id, space.threadId(), "<p>Paella <b>on Friday</b>.</p>");
        String second = replied(space.partner().token(), id, space.threadId(), "<p>And gazpacho.</p>");

        var byPartner = exported(space.partner(), "discussionPosts");
        var byFounder = exported(space.founder(), "discussionPosts");

        assertThat(byPartner.stream().map(p -> p.get("postId").asText())).containsExactlyInAnyOrder(first, second);
        var paella = byPartner.stream().filter(p -> p.get("postId").asText().equals(first)).findFirst().orElseThrow();
        assertThat(paella.get("ownerKind").asText()).isEqualTo("twinspace");
        assertThat(paella.get("ownerId").asText()).isEqualTo(id);
        assertThat(paella.get("threadId").asText()).isEqualTo(space.threadId());
        assertThat(paella.get("threadTitle").asText()).isEqualTo(title);
        assertThat(paella.get("body").asText()).isEqualTo("<p>Paella <strong>on Friday</strong>.</p>");
        assertThat(paella.get("createdAt").asText()).isNotBlank();
        assertThat(paella.get("removed").asBoolean()).isFalse();
        assertThat(byFounder.stream().map(p -> p.get("postId").asText())).as("the thread's first post")
                .containsExactly(opening);
        assertDocumentedInTheExport("discussionPosts");
        // the ledger, as the export shows it: one credit per post, its reference the post
        assertThat(forumCredits(space.partner())).containsExactlyInAnyOrder(first, second);
        assertThat(forumCredits(space.founder())).containsExactly(opening);
    }

    /** A part of the person's export. */
    private static List<JsonNode> exported(People.Person person, String part) {
        var export = Http.get(API + "/v1/people/me/export", person.token());
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.json().has(part)).as("the part %s: %s", part, export.body()).isTrue();
        return People.list(export.json().get(part));
    }

    /** The references (the posts) of the person's "forum-post" credits in their progression ledger. */
    private static List<String> forumCredits(People.Person person) {
        return exported(person, "progression").stream().filter(c -> c.get("category").asText().equals("forum-post"))
                .map(c -> c.get("reference").asText()).toList();
    }

    private static void assertDocumentedInTheExport(String part) {
        var document = Http.get(API + "/openapi?format=JSON", null).json();
        String shape = document.at("/paths/~1api~1v1~1people~1me~1export/get/responses/200/content/application~1json"
                + "/schema/$ref").asText();
        assertThat(shape).as("the documented shape of the export").startsWith("#/");
        assertThat(document.at(shape.substring(1) + "/properties/" + part).isMissingNode())
                .as("the part %s documented in %s", part, shape).isFalse();
    }

    // --- the table ---

    /** The table of twinspace-permissions.txt: its readers (the columns after the action) and its rows. */
    private record PermissionTable(List<String> readers, List<Row> rows) {

        /** An action and the status each reader gets. */
        record Row(String action, Map<String, Integer> statuses) {

            int statusFor(String reader) {
                return statuses.get(reader);
            }
        }

        /** The table, its comments (#) and blank lines left out; the first line names the columns. */
        static PermissionTable read() {
            List<String> lines;
            try (var in = TwinSpaceApiIT.class.getResourceAsStream(TABLE)) {
                assertThat(in).as("%s on the test classpath", TABLE).isNotNull();
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            assertThat(lines).as("the header and the rows of %s", TABLE).hasSizeGreaterThan(1);
            var header = cells(lines.get(0));
            assertThat(header.get(0)).as("the first column of %s", TABLE).isEqualTo("action");
            var readers = header.subList(1, header.size());
            var rows = new ArrayList<Row>();
            for (var line : lines.subList(1, lines.size())) {
                var cells = cells(line);
                assertThat(cells).as("a status for each reader in: %s", line).hasSameSizeAs(header);
                var statuses = new HashMap<String, Integer>();
                for (int i = 0; i < readers.size(); i++) {
                    assertThat(cells.get(i + 1)).as("the status of %s in: %s", readers.get(i), line).matches("\\d{3}");
                    statuses.put(readers.get(i), Integer.valueOf(cells.get(i + 1)));
                }
                rows.add(new Row(cells.get(0), statuses));
            }
            assertThat(rows.stream().map(Row::action)).as("the actions of %s", TABLE).doesNotHaveDuplicates();
            return new PermissionTable(readers, rows);
        }

        private static List<String> cells(String line) {
            return Arrays.stream(line.split("\\|")).map(String::strip).toList();
        }
    }

    private static Action action(String name) {
        var action = ACTIONS.get(name);
        assertThat(action).as("a request for the action \"%s\" of %s", name, TABLE).isNotNull();
        return action;
    }

    // --- requests ---

    /**
     * A founder and a partner of a new open project (Spain's), the founder's first page written in
     * its space and their first thread opened in its forum.
     */
    private static Space spaceOfTwo(String founderName, String partnerName, String title, String body) {
        var founder = Projects.validatedTeacher(founderName, "ES");
        var partner = Projects.validatedTeacher(partnerName, "ES");
        People.makeContacts(founder, partner);
        String id = Projects.open(founder, "ES", "TwinSpace " + People.uniqueWord());
        Projects.join(founder, id, partner);
        String pageId = written(founder.token(), id, title, body);
        return new Space(founder, partner, id, pageId,
                opened(founder.token(), id, "Welcome " + People.uniqueWord(), "<p>Say hello.</p>"), null, null, null,
                null);
    }

    private static String space(String projectId) {
        return API + "/v1/projects/" + projectId + "/space";
    }

    private static String bulletin(String projectId) {
        return space(projectId) + "/bulletin";
    }

    private static String materials(String projectId) {
        return space(projectId) + "/materials";
    }

    private static Http.Answer folder(String token, String projectId, String name, boolean album) {
        return Http.send("POST", materials(projectId), token, "application/json",
                "{\"name\": \"" + name + "\", \"album\": " + album + "}");
    }

    private static Http.Answer addMaterial(String token, String projectId, String folderId, String fileId) {
        return Http.send("POST", materials(projectId) + "/" + folderId + "/files", token, "application/json",
                "{\"fileId\": \"" + fileId + "\"}");
    }

    /** The id of a small picture uploaded with this token; a made-up id when the token may upload nothing. */
    private static String uploadedBy(String token) {
        if (token == null) {
            return UUID.randomUUID().toString();
        }
        try {
            var answer = Uploads.post(API + "/v1/files", token, List.of(
                    Uploads.Part.file("river.png", "image/png", Uploads.png(40, 30))));
            return answer.status() == 201 ? answer.json().get("id").asText() : UUID.randomUUID().toString();
        } catch (AssertionError undocumented) {
            // a pupil's token: the files API does not exist for it (404, which support.Contract objects to)
            return UUID.randomUUID().toString();
        }
    }

    private static String guests(String projectId) {
        return space(projectId) + "/guests";
    }

    private static Http.Answer invite(String token, String projectId, String profileId) {
        return Http.send("POST", guests(projectId), token, "application/json",
                "{\"profileId\": \"" + profileId + "\"}");
    }

    private static String wall(String projectId) {
        return space(projectId) + "/wall";
    }

    /** A post the founder writes on the wall, its id. */
    private static String onTheWall(String token, String projectId) {
        var posted = Http.send("POST", wall(projectId), token, "application/json", "{\"body\": \"To hide.\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().get("id").asText();
    }

    private static String pages(String projectId) {
        return space(projectId) + "/pages";
    }

    private static String page(String projectId, String pageId) {
        return pages(projectId) + "/" + pageId;
    }

    private static Http.Answer write(String token, String projectId, String json) {
        return Http.send("POST", pages(projectId), token, "application/json", json);
    }

    private static Http.Answer edit(String token, String projectId, String pageId, String json) {
        return Http.send("PUT", page(projectId, pageId), token, "application/json", json);
    }

    /** Writes a page at the top of the space; its id. */
    private static String written(String token, String projectId, String title, String body) {
        var answer = write(token, projectId, pageJson(title, body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    /** The page's current version, as this token reads it. */
    private static int versionOf(String token, String projectId, String pageId) {
        var answer = Http.get(page(projectId, pageId), token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("version").asInt();
    }

    private static String pageJson(String title, String body) {
        return JSON.createObjectNode().put("title", title).put("body", body).toString();
    }

    private static String pageUnder(String parentId, String title, String body) {
        return JSON.createObjectNode().put("parentId", parentId).put("title", title).put("body", body).toString();
    }

    private static String editJson(int version, String title, String body) {
        return JSON.createObjectNode().put("version", version).put("title", title).put("body", body).toString();
    }

    private static String threads(String projectId) {
        return space(projectId) + "/threads";
    }

    private static String thread(String projectId, String threadId) {
        return threads(projectId) + "/" + threadId;
    }

    private static Http.Answer openThread(String token, String projectId, String json) {
        return Http.send("POST", threads(projectId), token, "application/json", json);
    }

    private static Http.Answer reply(String token, String projectId, String threadId, String body) {
        return Http.send("POST", thread(projectId, threadId) + "/replies", token, "application/json",
                JSON.createObjectNode().put("body", body).toString());
    }

    private static Http.Answer moderate(String token, String projectId, String threadId, String json) {
        return Http.send("PUT", thread(projectId, threadId), token, "application/json", json);
    }

    private static Http.Answer follow(String token, String projectId, String threadId, boolean following) {
        return Http.send("PUT", thread(projectId, threadId) + "/following", token, "application/json",
                JSON.createObjectNode().put("following", following).toString());
    }

    private static Http.Answer remove(String token, String projectId, String postId, String json) {
        return Http.send("POST", space(projectId) + "/posts/" + postId + "/removal", token, "application/json", json);
    }

    /** Opens a thread in the space's forum; its id. */
    private static String opened(String token, String projectId, String title, String body) {
        var answer = openThread(token, projectId, threadJson(title, body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().at("/thread/id").asText();
    }

    /** Replies in a thread; the post's id. */
    private static String replied(String token, String projectId, String threadId, String body) {
        var answer = reply(token, projectId, threadId, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    /** The ids of the space's threads, in the forum's order, as this token reads them. */
    private static List<String> threadIds(String token, String projectId) {
        var answer = Http.get(threads(projectId), token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.ids(answer.json().get("items"));
    }

    /** The first page of a thread's posts, the first first, as this token reads them. */
    private static List<JsonNode> postsOf(String token, String projectId, String threadId) {
        var answer = Http.get(thread(projectId, threadId), token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.list(answer.json().at("/posts/items"));
    }

    /** Whether the reader of this token follows the thread. */
    private static boolean following(String token, String projectId, String threadId) {
        var answer = Http.get(thread(projectId, threadId), token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("following").asBoolean();
    }

    private static String threadJson(String title, String body) {
        return JSON.createObjectNode().put("title", title).put("body", body).toString();
    }

    /** The person's notices of replies in threads they follow, read or not. */
    private static List<JsonNode> replyNotices(People.Person person) {
        var answer = Http.get(API + "/v1/notifications?size=100", person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.list(answer.json().get("items")).stream()
                .filter(n -> n.get("kind").asText().equals("discussion-reply")).toList();
    }

    private static long unreadCount(People.Person person) {
        var answer = Http.get(API + "/v1/notifications/unread-count", person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("unread").asLong();
    }

    private static void readAll(People.Person person) {
        var answer = Http.send("POST", API + "/v1/notifications/read", person.token(), "application/json",
                "{\"all\": true}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** The versions of a page's history, in its order. */
    private static List<Integer> versions(JsonNode history) {
        return People.list(history).stream().map(v -> v.get("version").asInt()).toList();
    }

    /** Whether the field is left out (or null): what the API does with what the reader may not see. */
    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }
}
