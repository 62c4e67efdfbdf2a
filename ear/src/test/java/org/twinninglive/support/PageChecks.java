package org.twinninglive.support;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The checks of a page sweep: axe-core in the browser (WCAG 2.0 and 2.1, levels A and AA), the
 * HTML as the server sent it (for the Nu HTML checker), sideways scrolling on a narrow screen;
 * the Nu HTML checker itself (vnu), run once over the saved pages in a child JVM; and a report
 * that gathers every finding, so one run shows all there is to fix.
 */
public final class PageChecks {

    /** axe-core's tags for WCAG 2.0 and 2.1, levels A and AA: every rule of those, none left out. */
    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** How many CSS targets of a violation the report names (the count says how many more). */
    private static final int TARGETS_SHOWN = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageChecks() {
    }

    // ---- axe-core ----

    /** One violated axe rule on one page, with what a developer needs to find and fix it. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<String> targets,
                            String firstFailure) {

        /** The rule, its help, the first nodes' CSS targets and why the first one fails. */
        public String describe() {
            var text = new StringBuilder()
                    .append('[').append(impact == null ? "no impact given" : impact).append("] ")
                    .append(rule).append(": ").append(help);
            if (helpUrl != null) {
                text.append(" (").append(helpUrl).append(')');
            }
            text.append("\n      ").append(targets.size()).append(targets.size() == 1 ? " node: " : " nodes: ")
                    .append(String.join(" | ", targets.subList(0, Math.min(TARGETS_SHOWN, targets.size()))));
            if (targets.size() > TARGETS_SHOWN) {
                text.append(" | (+").append(targets.size() - TARGETS_SHOWN).append(" more)");
            }
            if (firstFailure != null && !firstFailure.isBlank()) {
                text.append("\n      first node: ").append(oneLine(firstFailure));
            }
            return text.toString();
        }
    }

    /** Runs axe-core on the page the browser shows, restricted to {@link #WCAG_A_AA}. */
    public static List<Violation> axe(Browser browser) {
        // the pages have no frames: axe runs in the page itself (legacy mode; the default runs each frame apart and
        // finishes in a new window), and details only the violations, which is what costs (about half the sweep)
        var options = new AxeRunOptions();
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_A_AA);
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true)
                .analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check the page: " + results.getErrorMessage());
        }
        var violations = new ArrayList<Violation>();
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
            var targets = nodes.stream().map(node -> target(node.getTarget())).toList();
            String firstFailure = nodes.isEmpty() ? null : nodes.get(0).getFailureSummary();
            violations.add(new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), targets,
                    firstFailure));
        }
        return violations;
    }

    /** axe names a node by a list of selectors: one per frame (or shadow root) on the way to it. */
    private static String target(Object target) {
        if (target instanceof List<?> selectors) {
            return selectors.stream().map(PageChecks::target).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    // ---- what the browser refused ----

    /**
     * What the browser refused on its pages since the last call, as Chromium's console says it:
     * violations of the Content-Security-Policy and scripts or styles that nosniff blocked; from
     * "Refused to" on, with the nonce left out (it differs on every page), so that one issue of
     * many pages is reported once.
     */
    public static List<String> cspRefusals(Browser browser) {
        return browser.consoleMessages().stream()
                .filter(message -> message.contains("Refused to") || message.contains("Content Security Policy"))
                .map(message -> message.substring(Math.max(0, message.indexOf("Refused to"))))
                .map(message -> message.replaceAll("'nonce-[^']*'", "'nonce-…'"))
                .distinct()
                .toList();
    }

    // ---- the HTML as served ----

    /** The page's address fetched again from inside the page, so with its cookies: as the server sends it. */
    public record Served(int status, String contentType, String html) {
    }

    /** Fetches location.href in the page (same session) and answers the response, before any script ran on it. */
    public static Served served(Browser browser) {
        Object answer = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.href, {credentials: 'same-origin', cache: 'no-store'})
                    .then(response => response.text().then(text => done({
                        status: response.status, type: response.headers.get('content-type') || '', html: text})))
                    .catch(error => done({status: -1, type: '', html: String(error)}));
                """);
        if (!(answer instanceof Map<?, ?> response)) {
            throw new IllegalStateException("fetching the page again answered " + answer);
        }
        return new Served(((Number) response.get("status")).intValue(), String.valueOf(response.get("type")),
                String.valueOf(response.get("html")));
    }

    // ---- narrow screens ----

    /** The page's width against the window's, and the outermost elements that stick out on the right. */
    public record Overflow(long scrollWidth, long innerWidth, List<String> widest) {

        public boolean scrollsSideways() {
            return scrollWidth > innerWidth;
        }
    }

    /**
     * Measures document.documentElement.scrollWidth against window.innerWidth; names the
     * outermost elements reaching past the right edge (not those inside a box that scrolls or
     * clips them), so the report says where to look.
     */
    public static Overflow overflow(Browser browser) {
        // a frame for the resize handlers of the page's scripts, then the measure
        browser.asyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 0));");
        Object answer = browser.script("""
                const width = window.innerWidth;
                const contained = element => {
                    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
                        if (getComputedStyle(up).overflowX !== 'visible') return true;
                    }
                    return false;
                };
                const sticksOut = element => {
                    const box = element.getBoundingClientRect();
                    return box.width > 0 && box.right + window.scrollX > width + 0.5;
                };
                const name = element => element.tagName.toLowerCase()
                    + (element.id ? '#' + element.id : '')
                    + (typeof element.className === 'string' && element.className.trim()
                        ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
                const widest = [];
                for (const element of document.body.querySelectorAll('*')) {
                    if (!sticksOut(element) || contained(element)) continue;
                    const parent = element.parentElement;
                    if (parent && parent !== document.body && sticksOut(parent)) continue;
                    widest.push(name(element) + ' (right edge at '
                        + Math.round(element.getBoundingClientRect().right + window.scrollX) + ' px)');
                    if (widest.length === 5) break;
                }
                return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, widest: widest};
                """);
        if (!(answer instanceof Map<?, ?> measured)) {
            throw new IllegalStateException("measuring the page answered " + answer);
        }
        var widest = measured.get("widest") instanceof List<?> names
                ? names.stream().map(String::valueOf).toList()
                : List.<String>of();
        return new Overflow(((Number) measured.get("scrollWidth")).longValue(),
                ((Number) measured.get("innerWidth")).longValue(), widest);
    }

    // ---- the Nu HTML checker ----

    /** One error of the Nu HTML checker in one saved page. */
    public record HtmlError(Path file, long line, long column, String message, String extract) {
    }

    /**
     * Runs the Nu HTML checker (nu.validator:validator, its command-line client) once over the
     * given .html files, in a child JVM whose classpath the build wrote to the file named by the
     * system property {@code vnu.classpath.file} (dependency:build-classpath, ear/pom.xml): the
     * checker's libraries (log4j 1, Saxon, Jetty 11, a Servlet 5 API) stay off the test classpath.
     * Answers its errors (not its warnings or notes), in file order.
     */
    public static List<HtmlError> nuHtmlChecker(List<Path> files, Path workDirectory) throws IOException, InterruptedException {
        if (files.isEmpty()) {
            return List.of();
        }
        String classpathFile = System.getProperty("vnu.classpath.file");
        if (classpathFile == null || !Files.isReadable(Path.of(classpathFile))) {
            throw new IllegalStateException("the Nu HTML checker's classpath is missing: system property vnu.classpath.file="
                    + classpathFile + " (written by the vnu-classpath execution of ear/pom.xml; run the test through Maven)");
        }
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss1m", "-Xmx512m",
                "-cp", Files.readString(Path.of(classpathFile)).strip(),
                "nu.validator.client.SimpleCommandLineValidator",
                "--format", "json", "--stdout", "--errors-only", "--exit-zero-always", "--no-langdetect"));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        Path output = workDirectory.resolve("vnu.json");
        Path errors = workDirectory.resolve("vnu.stderr.txt");
        Process checker = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        if (!checker.waitFor(10, TimeUnit.MINUTES)) {
            checker.destroyForcibly();
            throw new IllegalStateException("the Nu HTML checker took more than 10 minutes; see " + errors);
        }
        String json = Files.readString(output, StandardCharsets.UTF_8);
        if (checker.exitValue() != 0 || json.isBlank()) {
            throw new IllegalStateException("the Nu HTML checker failed (exit " + checker.exitValue() + "): "
                    + tail(Files.readString(errors, StandardCharsets.UTF_8)));
        }
        var byName = new LinkedHashMap<String, Path>();
        files.forEach(file -> byName.put(file.getFileName().toString(), file));
        var found = new ArrayList<HtmlError>();
        for (JsonNode message : JSON.readTree(json).path("messages")) {
            String type = message.path("type").asText();
            if (!type.equals("error") && !type.equals("non-document-error")) {
                continue;
            }
            String url = message.path("url").asText("");
            Path file = byName.get(url.substring(url.lastIndexOf('/') + 1));
            found.add(new HtmlError(file == null ? Path.of(url) : file, message.path("lastLine").asLong(-1),
                    message.path("firstColumn").asLong(message.path("lastColumn").asLong(-1)),
                    message.path("message").asText(), message.path("extract").asText("")));
        }
        return found;
    }

    private static String tail(String text) {
        return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
    }

    // ---- the report ----

    /** What a finding is about, in the order the report lists them. */
    public enum Check {
        PAGE("pages that could not be checked as intended"),
        AXE("axe-core: WCAG 2.0/2.1 A and AA (" + String.join(", ", WCAG_A_AA) + ")"),
        CSP("browser console: refused by the Content-Security-Policy or by nosniff"),
        VNU("Nu HTML checker (vnu): errors in the HTML as served"),
        NARROW("narrow screen: the page must not scroll sideways");

        private final String title;

        Check(String title) {
            this.title = title;
        }
    }

    /**
     * Every finding of a sweep. The same issue on many pages (one template, one widget) is
     * listed once, followed by where it occurs, by role.
     */
    public static final class Report {

        private record Place(String role, String page, String detail) {
        }

        private final Map<Check, Map<String, List<Place>>> findings = new LinkedHashMap<>();
        private int count;

        public Report() {
            for (Check check : Check.values()) {
                findings.put(check, new LinkedHashMap<>());
            }
        }

        /** One finding: what is wrong ({@code issue}), on which page as whom, and where on the page if known. */
        public void add(Check check, String issue, String role, String page, String detail) {
            findings.get(check).computeIfAbsent(issue, any -> new ArrayList<>()).add(new Place(role, page, detail));
            count++;
        }

        public boolean isEmpty() {
            return count == 0;
        }

        public String render(String heading) {
            var text = new StringBuilder(heading).append(": ");
            if (count == 0) {
                return text.append("nothing found").toString();
            }
            int distinct = findings.values().stream().mapToInt(Map::size).sum();
            text.append(count).append(count == 1 ? " finding" : " findings").append(" (").append(distinct)
                    .append(" distinct)\n");
            findings.forEach((check, issues) -> {
                if (issues.isEmpty()) {
                    return;
                }
                int inCheck = issues.values().stream().mapToInt(List::size).sum();
                text.append("\n== ").append(check.title).append(": ").append(inCheck).append('\n');
                issues.forEach((issue, places) -> {
                    text.append("\n  - ").append(issue).append("\n      on ").append(places.size())
                            .append(places.size() == 1 ? " page: " : " pages: ").append(where(places)).append('\n');
                });
            });
            return text.toString();
        }

        private static String where(List<Place> places) {
            var byRole = new LinkedHashMap<String, List<String>>();
            for (Place place : places) {
                byRole.computeIfAbsent(place.role(), any -> new ArrayList<>())
                        .add(place.detail() == null ? place.page() : place.page() + " (" + place.detail() + ")");
            }
            return byRole.entrySet().stream()
                    .map(role -> "as " + role.getKey() + ": " + String.join(", ", role.getValue()))
                    .collect(Collectors.joining("; "));
        }
    }
}
