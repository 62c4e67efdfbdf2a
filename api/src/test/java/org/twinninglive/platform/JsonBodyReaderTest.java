package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {

    record Answers(Map<String, Integer> answers) {
    }

    record Person(String name, List<String> subjects, Boolean searchable) {
    }

    record Change(String category, Integer points, int cap) {
    }

    @Test
    void anArrayWhereAnObjectIsExpectedNamesTheField() {
        var refused = refusal("{\"answers\": [1, 2]}", Answers.class);

        assertThat(refused.field()).isEqualTo("answers");
        assertThat(refused.getMessage()).isEqualTo("'answers' must be an object.");
    }

    @Test
    void theWrongKindInsideAListOrAMapNamesItsPlace() {
        assertThat(refusal("{\"subjects\": [\"History\", 3]}", Person.class).field()).isEqualTo("subjects[1]");
        assertThat(refusal("{\"answers\": {\"1\": \"two\"}}", Answers.class).field()).isEqualTo("answers.1");
        assertThat(refusal("{\"answers\": {\"1\": 1.5}}", Answers.class).getMessage())
                .isEqualTo("'answers.1' must be a whole number.");
        assertThat(refusal("{\"searchable\": \"yes\"}", Person.class).field()).isEqualTo("searchable");
    }

    @Test
    void aListOfRecordsNamesTheElementAndItsField() throws NoSuchMethodException {
        Type changes = JsonBodyReaderTest.class.getDeclaredMethod("changes").getGenericReturnType();

        assertThat(refusal("[{\"category\": \"X\", \"points\": 1, \"cap\": 2}, {\"points\": \"many\"}]", changes).field())
                .isEqualTo("[1].points");
        assertThat(refusal("{\"category\": \"X\"}", changes).field()).isEqualTo("body");
        assertThat(refusal("[{\"cap\": null}]", changes).field()).isEqualTo("[0].cap");
    }

    @Test
    void aBodyOfTheRightShapePassesWithNullsAndUnknownFields() {
        assertThatCode(() -> JsonBodyReader.checkShape(json("{\"name\": null, \"subjects\": [], \"extra\": [1]}"),
                Person.class, "")).doesNotThrowAnyException();
    }

    List<Change> changes() {
        return List.of();
    }

    private static InvalidInputException refusal(String body, Type type) {
        return catchThrowableOfType(InvalidInputException.class, () -> JsonBodyReader.checkShape(json(body), type, ""));
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
