package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Contract;
import org.twinninglive.support.Http;

/**
 * The OpenAPI document the API serves is its contract (issue 11): every operation is named, says
 * how it refuses in problem documents and what it answers when it succeeds. The document is
 * saved as target/openapi.json for the linter of CI (Redocly, redocly.yaml), and
 * {@link Contract} checks every answer of the suite against it.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final Path SAVED = Path.of(System.getProperty("basedir", ".")).resolve("target/openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private static JsonNode document;

    /** One documented operation: its method, its path and its object in the document. */
    private record Operation(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /** One documented answer of an operation, a {@code $ref} to a shared answer resolved. */
    private record DocumentedAnswer(String status, JsonNode node) {
    }

    @BeforeAll
    static void readAndSaveTheDocument() throws IOException {
        var answer = Http.get(API + "/openapi?format=JSON", null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Files.createDirectories(SAVED.getParent());
        Files.writeString(SAVED, answer.body(), StandardCharsets.UTF_8);
        document = answer.json();
    }

    @Test
    void theDocumentIsOpenApi31WithAServerALicenceAndTheSavedCopy() throws IOException {
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        assertThat(document.path("servers")).as("servers").isNotEmpty();
        assertThat(document.path("servers").get(0).path("url").asText()).isNotBlank();
        var license = document.at("/info/license");
        assertThat(license.path("name").asText()).as("licence name").isNotBlank();
        assertThat(license.path("identifier").asText() + license.path("url").asText()).as("licence identifier or url")
                .isNotBlank();
        assertThat(Files.readString(SAVED)).as(SAVED.toString()).contains("\"openapi\"");
    }

    @Test
    void everyOperationHasItsOwnIdASummaryAndDescribedTags() {
        Set<String> described = new HashSet<>();
        document.path("tags").forEach(tag -> {
            if (!tag.path("description").asText().isBlank()) {
                described.add(tag.path("name").asText());
            }
        });
        List<String> unnamed = new ArrayList<>();
        List<String> unsummarised = new ArrayList<>();
        List<String> untagged = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> twice = new ArrayList<>();

        for (var operation : operations()) {
            String id = operation.node().path("operationId").asText();
            if (id.isBlank()) {
                unnamed.add(operation.toString());
            } else if (!ids.add(id)) {
                twice.add(id);
            }
            if (operation.node().path("summary").asText().isBlank()) {
                unsummarised.add(operation.toString());
            }
            var tags = operation.node().path("tags");
            if (tags.isEmpty() || !stream(tags).allMatch(tag -> described.contains(tag.asText()))) {
                untagged.add(operation + " " + tags);
            }
        }

        assertThat(operations()).as("operations").isNotEmpty();
        assertThat(unnamed).as("operations without an operationId").isEmpty();
        assertThat(twice).as("operationIds used twice").isEmpty();
        assertThat(unsummarised).as("operations without a summary").isEmpty();
        assertThat(untagged).as("operations whose tags are not declared with a description").isEmpty();
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblems() {
        List<String> withoutProblem = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();

        for (var operation : operations()) {
            var refusals = responses(operation).stream().filter(response -> response.status().startsWith("4")).toList();
            if (refusals.isEmpty()) {
                withoutProblem.add(operation.toString());
            }
            for (var refusal : refusals) {
                String schema = refusal.node().at("/content/application~1problem+json/schema/$ref").asText();
                if (!PROBLEM.equals(schema)) {
                    notProblems.add(operation + " " + refusal.status());
                }
            }
        }

        assertThat(withoutProblem).as("operations without a 4xx answer").isEmpty();
        assertThat(notProblems).as("4xx answers that are not application/problem+json of " + PROBLEM).isEmpty();
    }

    @Test
    void everyOperationThatNeedsATokenDocumentsThe401() {
        List<String> without401 = new ArrayList<>();
        List<String> open = new ArrayList<>();

        for (var operation : operations()) {
            var security = operation.node().has("security") ? operation.node().path("security")
                    : document.path("security");
            boolean secured = stream(security).anyMatch(requirement -> !requirement.isEmpty());
            boolean documents401 = responses(operation).stream().anyMatch(response -> response.status().equals("401"));
            if (secured && !documents401) {
                without401.add(operation.toString());
            }
            if (!secured) {
                open.add(operation.toString());
            }
        }

        assertThat(without401).as("operations that need a token but do not document 401").isEmpty();
        assertThat(open).as("operations without a token")
                .containsExactlyInAnyOrder("GET /api/v1/health", "POST /api/v1/mail/unsubscribe", "GET /api/v1/terms",
                        "GET /api/v1/verify/{code}", "GET /api/v1/calendar/{secret}.ics");
        assertThat(document.at("/components/securitySchemes/keycloak/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/keycloak/bearerFormat").asText()).isEqualTo("JWT");
    }

    @Test
    void everySuccessSaysWhatItAnswersAndA204NothingAtAll() {
        List<String> withoutSuccess = new ArrayList<>();
        List<String> emptySchemas = new ArrayList<>();
        List<String> noContentWithBody = new ArrayList<>();

        for (var operation : operations()) {
            var successes = responses(operation).stream().filter(response -> response.status().startsWith("2"))
                    .toList();
            if (successes.isEmpty()) {
                withoutSuccess.add(operation.toString());
            }
            for (var success : successes) {
                var content = success.node().path("content");
                if (success.status().equals("204")) {
                    if (!content.isMissingNode()) {
                        noContentWithBody.add(operation.toString());
                    }
                } else if (content.isEmpty() || stream(content).anyMatch(media -> media.path("schema").isEmpty())) {
                    emptySchemas.add(operation + " " + success.status());
                }
            }
        }

        assertThat(withoutSuccess).as("operations without a 2xx answer").isEmpty();
        assertThat(emptySchemas).as("2xx answers without a schema").isEmpty();
        assertThat(noContentWithBody).as("204 answers with content").isEmpty();
    }

    @Test
    void anAnswerTheDocumentDoesNotAllowFailsTheTest() {
        assertThatThrownBy(() -> Contract.check("GET", "/api/v1/me", 200, "application/json",
                "{\"name\": \"Alice\", \"roles\": \"teacher\"}"))
                .as("roles is a list").isInstanceOf(AssertionError.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> Contract.check("GET", "/api/v1/schools", 409, "application/problem+json",
                "{\"type\": \"about:blank\", \"title\": \"Conflict\", \"status\": 409, \"detail\": \"no\"}"))
                .as("a status the operation does not document").isInstanceOf(AssertionError.class)
                .hasMessageContaining("409 not defined");
        assertThatThrownBy(() -> Contract.check("GET", "/api/v1/schools", 400, "application/problem+json",
                "{\"title\": \"Bad Request\", \"status\": \"400\"}"))
                .as("a problem without its type, its status a text").isInstanceOf(AssertionError.class);
    }

    @Test
    void anAddressTheDocumentDoesNotDescribeMayOnlyAnswerAProblem() {
        String problem = "{\"type\": \"about:blank\", \"title\": \"Not Found\", \"status\": 404,"
                + " \"detail\": \"There is no resource at this address.\"}";

        assertThatCode(() -> Contract.check("GET", "/api/v1/no-such-thing", 404, "application/problem+json", problem))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Contract.check("GET", "/api/v1/no-such-thing", 200, "application/json", "{}"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Contract.check("GET", "/api/v1/no-such-thing", 404, "text/html", "<h1>404</h1>"))
                .isInstanceOf(AssertionError.class);
    }

    private static List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        for (var path : document.path("paths").properties()) {
            for (var item : path.getValue().properties()) {
                if (METHODS.contains(item.getKey())) {
                    operations.add(new Operation(item.getKey(), path.getKey(), item.getValue()));
                }
            }
        }
        return operations;
    }

    private static List<DocumentedAnswer> responses(Operation operation) {
        var answers = new ArrayList<DocumentedAnswer>();
        for (var response : operation.node().path("responses").properties()) {
            var node = response.getValue();
            String ref = node.path("$ref").asText();
            answers.add(new DocumentedAnswer(response.getKey(), ref.isEmpty() ? node : document.at(ref.substring(1))));
        }
        return answers;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
