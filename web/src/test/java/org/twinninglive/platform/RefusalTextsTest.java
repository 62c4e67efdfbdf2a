package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pages say a service's refusal in the bundle's words, never in the API's English detail. */
class RefusalTextsTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.ENGLISH);
    private static final Pattern QUOTED_KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)*\\.?)\"");

    @Test
    void aNamedRefusalIsTheBundlesTextWithItsArguments() {
        var refused = new InvalidInputException("pupilsAgeTo", "pupilsAgeTo must be between 3 and 19.")
                .shownAs("profile.age.range", 3, 19);

        String text = PageMessages.refusal(refused, BUNDLE, Locale.ENGLISH);

        assertThat(text).isEqualTo("Pupils\u2019 ages are between 3 and 19.").doesNotContain("pupilsAgeTo");
    }

    @Test
    void aRefusalWithoutTextReadsAsItsKindNotAsTheApiDetail() {
        assertThat(PageMessages.refusal(new NotFoundException("The contact request"), BUNDLE, Locale.ENGLISH))
                .isEqualTo(BUNDLE.getString("refusal.notFound"));
        assertThat(PageMessages.refusal(new ConflictException("version clash on row 42"), BUNDLE, Locale.ENGLISH))
                .isEqualTo(BUNDLE.getString("refusal.conflict"));
        assertThat(PageMessages.refusal(new InvalidInputException("x", "x is wrong").shownAs("no.such.text"), BUNDLE,
                Locale.ENGLISH)).isEqualTo(BUNDLE.getString("refusal.invalid"));
    }

    /** Every key the services name (read from their source) has its text in the pages' bundle. */
    @Test
    void everyTextTheServicesNameIsInTheBundle() throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("..", "ejb", "src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source)) {
                    int call = line.indexOf(".shownAs(");
                    if (call >= 0) {
                        var quoted = QUOTED_KEY.matcher(line.substring(call));
                        while (quoted.find()) {
                            keys.addAll(expand(quoted.group(1)));
                        }
                    }
                }
            }
        }

        assertThat(keys).as("keys found in the services").hasSizeGreaterThan(40);
        assertThat(keys.stream().filter(key -> !BUNDLE.containsKey("refusal." + key)).toList())
                .as("refusals without a text for pages").isEmpty();
    }

    /** A key ending in a dot is completed in code by a request's status. */
    private static Set<String> expand(String key) {
        return key.endsWith(".") ? Set.of(key + "accepted", key + "declined", key + "cancelled") : Set.of(key);
    }
}
