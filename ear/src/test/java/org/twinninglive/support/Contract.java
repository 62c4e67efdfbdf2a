package org.twinninglive.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The API's own OpenAPI document as the contract of its answers (issue 11): {@link Http} checks
 * every answer it reads from {@code /api/v1} here. The status must be one the operation
 * documents, with its media type and a body of its schema, refusals included. Requests are not
 * checked: tests send wrong ones on purpose, and what the API answers to them is what counts.
 * An address or a method the document does not describe may only answer a problem: 401, 404
 * or 405. The document is read from the server once, when the first answer is checked.
 */
public final class Contract {

    private static final String DOCUMENT = TestServers.API + "/openapi?format=JSON";
    private static final String PROBLEM_TYPE = "application/problem+json";
    /** What the validator says of an address, or a method at an address, that the document does not describe. */
    private static final Set<String> UNDESCRIBED = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    /** How the API may answer there: an unreadable address, no token, no such resource, no such method. */
    private static final Set<Integer> REFUSALS_OF_THE_UNDESCRIBED = Set.of(400, 401, 404, 405);
    private static final int BODY_SHOWN = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Contract served;

    private final OpenApiInteractionValidator operations;
    private final SchemaValidator schemas;
    private final Schema<?> problem;

    private Contract(OpenAPI document) {
        this.operations = OpenApiInteractionValidator.createFor(document).build();
        this.schemas = new SchemaValidator(document, new MessageResolver());
        this.problem = document.getComponents() == null || document.getComponents().getSchemas() == null ? null
                : document.getComponents().getSchemas().get("Problem");
        if (problem == null) {
            throw new AssertionError("the API's OpenAPI document (" + DOCUMENT + ") has no Problem schema");
        }
    }

    /**
     * Fails the test, naming every objection of the document, when this answer breaks the
     * contract.
     *
     * @param path        the request's path as sent, such as {@code /api/v1/people/b0…1}
     * @param contentType the answer's Content-Type, blank when it has none
     * @param body        the answer's body, empty when it has none
     */
    public static void check(String method, String path, int status, String contentType, String body) {
        var objections = served().objections(method, path, status, contentType, body);
        if (!objections.isEmpty()) {
            String type = contentType.isBlank() ? "" : " (" + contentType + ")";
            String shown = body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + " …" : body;
            throw new AssertionError(method + " " + path + " answered " + status + type + ", which the API's OpenAPI"
                    + " document (" + DOCUMENT + ") does not allow:\n"
                    + objections.stream().map(objection -> "  - " + objection).collect(Collectors.joining("\n"))
                    + "\nbody: " + shown);
        }
    }

    private static synchronized Contract served() {
        if (served == null) {
            served = new Contract(read());
        }
        return served;
    }

    /** The document as served, parsed as the validator parses it by default (references resolved). */
    private static OpenAPI read() {
        var answer = Http.get(DOCUMENT, null);
        if (answer.status() != 200) {
            throw new AssertionError("the API's OpenAPI document (" + DOCUMENT + ") answered " + answer.status()
                    + ": " + answer.body());
        }
        var options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        options.setExplicitObjectSchema(false);
        return new OpenApiLoader().loadApi(SpecSource.inline(answer.body()), List.of(), options);
    }

    private List<String> objections(String method, String path, int status, String contentType, String body) {
        var answer = SimpleResponse.Builder.status(status);
        if (!contentType.isBlank()) {
            answer.withContentType(contentType);
        }
        if (!body.isEmpty()) {
            answer.withBody(body);
        }
        var report = operations.validateResponse(path, Request.Method.valueOf(method), answer.build());
        boolean undescribed = !report.getMessages().isEmpty()
                && report.getMessages().stream().allMatch(message -> UNDESCRIBED.contains(message.getKey()));
        return undescribed ? asRefusalOfTheUndescribed(status, contentType, body) : errorsOf(report);
    }

    private List<String> asRefusalOfTheUndescribed(int status, String contentType, String body) {
        if (!REFUSALS_OF_THE_UNDESCRIBED.contains(status)) {
            return List.of("the document describes no such operation, where only a problem may answer (400, 401,"
                    + " 404 or 405)");
        }
        if (!contentType.startsWith(PROBLEM_TYPE)) {
            return List.of("the document describes no such operation, and this refusal is not " + PROBLEM_TYPE);
        }
        return errorsOf(schemas.validate(() -> JSON.readTree(body), problem, "response.body"));
    }

    private static List<String> errorsOf(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> where(message) + Stream.concat(Stream.of(message.getMessage()),
                        message.getAdditionalInfo().stream()).collect(Collectors.joining("; ")))
                .toList();
    }

    /** Where in the body an error is, such as {@code at /items/0/roles: }; nothing for an error of the answer. */
    private static String where(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(pointers -> "at " + (pointers.getInstance().isEmpty() ? "/" : pointers.getInstance()) + ": ")
                .orElse("");
    }
}
