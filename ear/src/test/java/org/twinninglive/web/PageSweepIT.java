package org.twinninglive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.twinninglive.support.TestServers.APP;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.PageChecks.Check;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;

/**
 * Every page of the web module, as every role that can see it: no axe-core violation of WCAG
 * 2.0/2.1 A and AA, no error of the Nu HTML checker in the HTML as served, nothing the browser
 * refused under the Content-Security-Policy, and no sideways scrolling at 360 px. All findings
 * of all pages are gathered and reported at once (also written to target/page-sweep/report.txt,
 * with the served pages beside it).
 */
@ExtendWith(ArquillianExtension.class)
class PageSweepIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("the markup, accessibility and width of pages do not depend on the database");
    }


    static final String VISITOR = "visitor";
    /** In this order: one browser each, signed in once (the visitor never). */
    /** A pupil of the demo project (realm twinning-pupils, demo overlay), who signs in at /pupil-login. */
    static final String PUPIL = "demo-pupil";
    static final List<String> ROLES = List.of(VISITOR, "alice", "nss-es", "css", PUPIL);
    /**
     * The roles that see the platform's shared pages: a visitor, a teacher and one officer (a
     * pupil sees their space's pages alone). The officers' layouts differ only by their tabs:
     * the nss's is swept on the public pages, the css's on the signed-in ones, and each on
     * every page of their own; sweeping both on every shared page took a fifth of the sweep.
     */
    static final List<String> EVERYONE = List.of(VISITOR, "alice", "nss-es");
    static final List<String> SIGNED_IN = List.of("alice", "css");

    static final int NARROW_WIDTH = 360;
    static final int NARROW_HEIGHT = 800;

    /** A module of the catalogue (V3__self_learning_modules.sql), by its slug as the catalogue links it. */
    static final String MODULE = "your-profile-and-privacy";
    /** Nobody has this profile id. */
    static final String NOBODY = "00000000-0000-4000-8000-000000000000";
    /** The demo conversation of alice and bob (R__demo_data.sql). */
    static final String DEMO_THREAD = "d3000000-0000-4000-8000-000000000001";
    /** The demo projects (R__demo_data.sql): open (alice, bob and dana), and alice's waiting for the Spanish nss. */
    static final String DEMO_PROJECT = "d4000000-0000-4000-8000-000000000001";
    static final String DEMO_SPACE_PAGE = "d8000000-0000-4000-8000-000000000001";
    static final String DEMO_THREAD_OF_SPACE = "d9000000-0000-4000-8000-000000000001";
    /** The demo thread of bob's public event's forum (R__demo_data.sql): opened by alice, bob replied. */
    static final String DEMO_THREAD_OF_EVENT = "d9000000-0000-4000-8000-000000000002";
    static final String DEMO_PENDING_PROJECT = "d4000000-0000-4000-8000-000000000002";
    /** Alice's demo certificate (R__demo_data.sql). */
    static final String DEMO_CERTIFICATE = "demo2certificate2of2alice2";
    /** Alice's unsubscribe link for contact requests, signed as mail.UnsubscribeLinks signs it with the tests' secret. */
    static final String DEMO_UNSUBSCRIBE = signedLink(People.ALICE, "contact-requested");

    /**
     * One page as one or more roles see it: the address to open, the HTTP status it must answer
     * (403 and 404 are the error pages, reached as users reach them), who opens it.
     */
    record PageState(String path, String label, int status, List<String> roles) {

        /** The page file (under web/src/main/webapp) that renders this state. */
        String file() {
            return switch (status) {
                case 403 -> "error/forbidden.xhtml";
                case 404 -> "error/not-found.xhtml";
                case 500 -> "error/error.xhtml";
                default -> fileServing(path);
            };
        }
    }

    static PageState page(String path, List<String> roles) {
        return new PageState(path, path, 200, roles);
    }

    static String signedLink(String profileId, String kind) {
        try {
            byte[] key = java.security.MessageDigest.getInstance("SHA-256")
                    .digest("twinning-mail-links\ntwinning-web-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return profileId + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((profileId + "\n" + kind).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    static PageState page(String path, String label, List<String> roles) {
        return new PageState(path, label, 200, roles);
    }

    /**
     * Every page state the sweep opens. A new page under web/src/main/webapp needs a line here:
     * {@link #everyPageOfTheWebModuleIsInTheSweep()} fails until it has one.
     */
    static final List<PageState> STATES = List.of(
            // anyone, signed in or not
            page("/", EVERYONE),
            page("/help/", EVERYONE),
            page("/learning/", EVERYONE),
            page("/learning/module?id=" + MODULE, EVERYONE),
            page("/progression/about", EVERYONE),
            page("/people/" + People.JOSE, "/people/{José, visible to everyone}", EVERYONE),
            new PageState("/people/" + NOBODY, "/people/{nobody} (not found)", 404, EVERYONE),
            page("/error/expired", EVERYONE),
            page("/error/error", EVERYONE),
            page("/error/unavailable", EVERYONE),
            page("/sign-in-unavailable", EVERYONE),
            page("/terms", EVERYONE),
            page("/privacy", EVERYONE),
            page("/mail/unsubscribe?t=" + DEMO_UNSUBSCRIBE + "&k=contact-requested",
                    "/mail/unsubscribe?{alice's link}", EVERYONE),
            page("/mail/unsubscribe?t=unknown&k=contact-requested", "/mail/unsubscribe?{unknown link}", EVERYONE),
            // signed in, any role
            page("/people/" + People.ALICE, "/people/{alice, her own}", List.of("alice")),
            page("/desktop/", SIGNED_IN),
            page("/welcome/", SIGNED_IN),
            page("/welcome/terms", SIGNED_IN),
            page("/people/", SIGNED_IN),
            page("/people/edit", SIGNED_IN),
            page("/people/contacts", SIGNED_IN),
            page("/projects/", SIGNED_IN),
            page("/projects/edit", SIGNED_IN),
            page("/projects/edit?id=" + DEMO_PROJECT, "/projects/edit?id={alice's open project}", List.of("alice")),
            page("/projects/" + DEMO_PROJECT, "/projects/{open, public}", EVERYONE),
            page("/projects/search", EVERYONE),
            page("/verify/" + DEMO_CERTIFICATE, "/verify/{alice's certificate}", EVERYONE),
            new PageState("/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa", "/verify/{no such code} (not genuine)", 404, EVERYONE),
            page("/projects/" + DEMO_PENDING_PROJECT, "/projects/{pending: its founder, its nss}",
                    List.of("alice", "nss-es")),
            new PageState("/projects/" + DEMO_PENDING_PROJECT, "/projects/{pending, not theirs} (not found)", 404,
                    List.of(VISITOR, "css")),
            page("/support/projects", List.of("nss-es")),
            page("/projects/label?id=" + DEMO_PROJECT, "/projects/label?id={alice's labelled project}", List.of("alice")),
            new PageState("/projects/label?id=" + DEMO_PROJECT, "/projects/label?id={not a member} (not found)", 404,
                    List.of("css")),
            page("/support/labels", "/support/labels {national for the nss, European for the css}",
                    List.of("nss-es", "css")),
            new PageState("/support/labels", "/support/labels (forbidden)", 403, List.of("alice")),
            page("/prizes/", "/prizes/ {the rounds and winners; the css's round form}", List.of(VISITOR, "alice", "css")),
            page("/projects/prize?id=" + DEMO_PROJECT, "/projects/prize?id={alice's open project}", List.of("alice")),
            new PageState("/projects/prize?id=" + DEMO_PROJECT, "/projects/prize?id={not a member} (not found)", 404,
                    List.of("css")),
            page("/projects/" + DEMO_PROJECT + "/space", "/projects/{id}/space {the Twinboard; the public part}",
                    EVERYONE),
            page("/projects/" + DEMO_PROJECT + "/space?page=" + DEMO_SPACE_PAGE, "/projects/{id}/space?page={a page}",
                    List.of("alice")),
            page("/projects/" + DEMO_PROJECT + "/space?forum=1", "/projects/{id}/space?forum=1 {the forum}",
                    List.of("alice")),
            page("/projects/" + DEMO_PROJECT + "/space?blog=1", "/projects/{id}/space?blog=1 {the blog and its form}",
                    List.of("alice")),
            page("/projects/" + DEMO_PROJECT + "/space?thread=" + DEMO_THREAD_OF_SPACE,
                    "/projects/{id}/space?thread={a thread}", List.of("alice")),
            page("/projects/" + DEMO_PROJECT + "/space?wall=1", "/projects/{id}/space?wall=1 {the pupil wall, hide buttons}",
                    List.of("alice")),
            page("/projects/" + DEMO_PROJECT + "/space?pupils=1", "/projects/{id}/space?pupils=1 {the pupils' logins}",
                    List.of("alice")),
            page("/projects/" + DEMO_PROJECT + "/space?guests=1", "/projects/{id}/space?guests=1 {guests, the invitation}",
                    List.of("alice")),
            page("/projects/" + DEMO_PROJECT + "/space?materials=1", "/projects/{id}/space?materials=1 {folders, albums, uploads}",
                    List.of("alice")),
            page("/pupil/space?materials=1", "/pupil/space?materials=1 {the materials, read}", List.of(PUPIL)),
            page("/projects/" + DEMO_PROJECT + "/space?bulletin=1", "/projects/{id}/space?bulletin=1 {the teachers' bulletin}",
                    List.of("alice")),
            page("/pupil/space", "/pupil/space {a pupil's Twinboard}", List.of(PUPIL)),
            page("/pupil/space?page=" + DEMO_SPACE_PAGE, "/pupil/space?page={a page}", List.of(PUPIL)),
            page("/pupil/space?forum=1", "/pupil/space?forum=1 {the forum}", List.of(PUPIL)),
            page("/pupil/space?thread=" + DEMO_THREAD_OF_SPACE, "/pupil/space?thread={a thread, the reply form}",
                    List.of(PUPIL)),
            page("/pupil/space?wall=1", "/pupil/space?wall=1 {the wall and its form}", List.of(PUPIL)),
            new PageState("/projects/" + DEMO_PENDING_PROJECT + "/space",
                    "/projects/{alice's pending project}/space (none: not found)", 404, List.of("alice")),
            page("/schools/label", "/schools/label {alice's school}", List.of("alice")),
            page("/schools/label", "/schools/label {no current school}", List.of("nss-es", "css")),
            page("/support/school-labels", List.of("nss-es")),
            new PageState("/support/school-labels", "/support/school-labels (forbidden)", 403,
                    List.of("alice", "css")),
            page("/events/", EVERYONE),
            page("/events/new", "/events/new {the form to organise}", List.of("alice")),
            page("/events/calendar", "/events/calendar {alice's calendar and feed}", List.of("alice")),
            page("/events/de000000-0000-4000-8000-000000000001", "/events/{bob's public online event}", EVERYONE),
            page("/events/de000000-0000-4000-8000-000000000002", "/events/{alice's own event, the organiser's part}",
                    List.of("alice")),
            page("/events/de000000-0000-4000-8000-000000000003", "/events/{bob's drop-in room, open; alice registered}",
                    List.of("alice", "css")),
            page("/events/room?id=de000000-0000-4000-8000-000000000003",
                    "/events/room?id={the open room: alice's first step; the css not registered}", List.of("alice", "css")),
            new PageState("/events/" + java.util.UUID.randomUUID(), "/events/{nobody's} (not found)", 404,
                    List.of("alice")),
            page("/events/de000000-0000-4000-8000-000000000001?thread=" + DEMO_THREAD_OF_EVENT,
                    "/events/{id}?thread={a thread of its forum, the reply form}", List.of("alice")),
            new PageState("/events/de000000-0000-4000-8000-000000000001?thread=" + DEMO_THREAD_OF_SPACE,
                    "/events/{id}?thread={a TwinSpace thread} (not found)", 404, List.of("alice")),
            page("/groups/", SIGNED_IN),
            page("/forums/", SIGNED_IN),
            page("/training/", SIGNED_IN),
            page("/notifications/", SIGNED_IN),
            page("/messages/", SIGNED_IN),
            page("/messages/?folder=sent", "/messages/?folder=sent", SIGNED_IN),
            page("/messages/new", SIGNED_IN),
            page("/messages/thread?id=" + DEMO_THREAD, "/messages/thread?id={alice and bob}", List.of("alice")),
            new PageState("/messages/thread?id=" + DEMO_THREAD, "/messages/thread?id={not theirs}", 404,
                    List.of("nss-es", "css")),
            new PageState("/messages/thread?id=" + NOBODY, "/messages/thread?id={nobody} (not found)", 404, SIGNED_IN),
            page("/notifications/preferences", SIGNED_IN),
            // one role each; the others are refused
            page("/support/validations", List.of("nss-es")),
            page("/admin/", List.of("css")),
            page("/admin/progression", List.of("css")),
            new PageState("/support/validations", "/support/validations (forbidden)", 403,
                    List.of("alice", "css")),
            new PageState("/admin/", "/admin/ (forbidden)", 403, List.of("nss-es")));

    private static final Pattern PROFILE_ADDRESS = Pattern.compile("/people/[0-9a-fA-F-]{36}");
    private static final Pattern PROJECT_ADDRESS = Pattern.compile("/projects/[0-9a-fA-F-]{36}");
    private static final Pattern SPACE_ADDRESS = Pattern.compile("/projects/[0-9a-fA-F-]{36}/space");
    private static final Pattern VERIFY_ADDRESS = Pattern.compile("/verify/[A-Za-z0-9]+");
    private static final Pattern EVENT_ADDRESS = Pattern.compile("/events/[0-9a-fA-F-]{36}");
    /** A link or a form's target at a page's .xhtml address (Faces resources keep theirs). */
    private static final Pattern XHTML_TARGET =
            Pattern.compile("(?:href|action)=\"(?![^\"]*jakarta\\.faces\\.resource)([^\"]*\\.xhtml[^\"]*)\"");

    /**
     * The page file that serves an address, as the web module maps it: a profile's address
     * /people/{id} is people/profile.xhtml (people.ProfileAddressFilter), a folder its
     * index.xhtml (the welcome file), anything else the file of that name with ".xhtml" (pages
     * answer without it: FacesViews, web.xml); the query is no part of it.
     */
    static String fileServing(String address) {
        String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        if (PROFILE_ADDRESS.matcher(path).matches()) {
            return "people/profile.xhtml";
        }
        if (PROJECT_ADDRESS.matcher(path).matches()) {
            return "projects/project.xhtml";
        }
        if (SPACE_ADDRESS.matcher(path).matches()) {
            return "twinspace/space.xhtml";
        }
        if (VERIFY_ADDRESS.matcher(path).matches()) {
            return "verify.xhtml";
        }
        if (EVENT_ADDRESS.matcher(path).matches()) {
            return "events/event.xhtml";
        }
        String file = path.startsWith("/") ? path.substring(1) : path;
        return file.isEmpty() || file.endsWith("/") ? file + "index.xhtml" : file + ".xhtml";
    }

    /** The page files of the web module: its .xhtml files, but for WEB-INF (templates, includes) and resources. */
    static Set<String> pageFiles(Path webapp) throws IOException {
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".xhtml"))
                    .filter(file -> !file.startsWith("WEB-INF/") && !file.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyPageOfTheWebModuleIsInTheSweep() throws IOException {
        Path webapp = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../web/src/main/webapp").normalize();
        assertThat(webapp).as("the web module's pages, seen from the ear module").isDirectory();
        Set<String> onDisk = pageFiles(webapp);
        Set<String> swept = STATES.stream().map(PageState::file).collect(Collectors.toCollection(TreeSet::new));

        var withoutState = new TreeSet<>(onDisk);
        withoutState.removeAll(swept);
        var withoutFile = new TreeSet<>(swept);
        withoutFile.removeAll(onDisk);
        assertThat(withoutState)
                .as("pages under %s that PageSweepIT.STATES does not open: add a state (address, roles) for each", webapp)
                .isEmpty();
        assertThat(withoutFile)
                .as("files that PageSweepIT.STATES names but %s does not have: fix or remove their states", webapp)
                .isEmpty();
    }

    /** Milliseconds spent per phase of the sweep, for the report's last line (where the time of the suite goes). */
    private static final Map<String, Long> SPENT = new java.util.concurrent.ConcurrentHashMap<>();

    private static <T> T timed(String phase, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            SPENT.merge(phase, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    @Test
    void everyPageIsAccessibleValidAndFitsANarrowScreen() throws IOException {
        Path out = Path.of(System.getProperty("basedir", ".")).resolve("target/page-sweep").toAbsolutePath();
        Path html = out.resolve("html");
        clean(html);
        Files.createDirectories(html);

        var report = new PageChecks.Report();
        var saved = new LinkedHashMap<Path, String[]>(); // file -> role, page
        int opened = 0;
        for (String role : ROLES) {
            var states = STATES.stream().filter(state -> state.roles().contains(role)).toList();
            if (states.isEmpty()) {
                continue;
            }
            try (var browser = timed("browser start", Browser::new)) {
                if (role.equals(PUPIL)) {
                    timed("sign in", () -> browser.open(APP + "/pupil-login").signInAs(role).find(By.id("pupil-welcome")));
                } else if (!role.equals(VISITOR)) {
                    timed("sign in", () -> browser.open(APP + "/desktop/").signInAs(role).find(By.id("welcome")));
                }
                for (PageState state : states) {
                    opened++;
                    if (checkWide(browser, role, state, report, html.resolve(fileName(opened, role, state)), saved)) {
                        checkNarrow(browser, role, state, report);
                    }
                }
            } catch (RuntimeException failed) {
                report.add(Check.PAGE, "the sweep stopped for this role: " + failed, role, "(all its pages)", null);
            }
        }

        try {
            long vnuStart = System.nanoTime();
            var errors = PageChecks.nuHtmlChecker(List.copyOf(saved.keySet()), out);
            SPENT.put("vnu", (System.nanoTime() - vnuStart) / 1_000_000);
            for (var error : errors) {
                String[] where = saved.getOrDefault(error.file(), new String[] {"?", error.file().toString()});
                String issue = error.message() + (error.extract().isBlank() ? "" : "\n      «" + oneLine(error.extract()) + "»");
                report.add(Check.VNU, issue, where[0], where[1], error.line() < 0 ? null : "line " + error.line());
            }
        } catch (IOException | RuntimeException failed) {
            report.add(Check.PAGE, "the Nu HTML checker did not run: " + failed, "-", "(every page)", null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }

        String text = report.render("Page sweep of " + opened + " page states (" + STATES.size() + " addresses, roles "
                + String.join(", ", ROLES) + "); served pages in " + html) + "\ntime spent (ms): " + new java.util.TreeMap<>(SPENT) + "\n";
        System.out.println(text);
        Files.writeString(out.resolve("report.txt"), text, StandardCharsets.UTF_8);
        if (!report.isEmpty()) {
            fail(text);
        }
    }

    /**
     * At the window's own width: the address answers as it should; axe-core; the served HTML
     * saved for vnu. Whether the page was opened (so that the narrow check can follow on it).
     */
    private static boolean checkWide(Browser browser, String role, PageState state, PageChecks.Report report, Path file,
                                  Map<Path, String[]> saved) {
        try {
            PageChecks.cspRefusals(browser); // what came before (Keycloak's pages, the last page) is not this page's
            timed("open", () -> browser.open(APP + state.path()));
            if (!browser.currentUrl().startsWith(APP)) {
                report.add(Check.PAGE, "the browser left the platform for " + browser.currentUrl(), role, state.label(), null);
                return false;
            }
            var served = timed("served", () -> PageChecks.served(browser));
            if (served.status() != state.status()) {
                report.add(Check.PAGE, "answered HTTP " + served.status() + " instead of " + state.status()
                        + " (so it is not " + state.file() + ")", role, state.label(), null);
            }
            if (!served.contentType().startsWith("text/html")) {
                report.add(Check.PAGE, "served as \"" + served.contentType() + "\", not text/html", role, state.label(), null);
            }
            Files.writeString(file, served.html(), StandardCharsets.UTF_8);
            saved.put(file, new String[] {role, state.label()});
            var xhtmlTargets = XHTML_TARGET.matcher(served.html()).results()
                    .map(target -> target.group(1)).distinct().toList();
            if (!xhtmlTargets.isEmpty()) {
                report.add(Check.PAGE, "links or forms to .xhtml addresses (pages answer at their clean ones): "
                        + String.join(", ", xhtmlTargets), role, state.label(), null);
            }

            for (var violation : timed("axe", () -> PageChecks.axe(browser))) {
                report.add(Check.AXE, violation.describe(), role, state.label(), null);
            }
            for (var refusal : PageChecks.cspRefusals(browser)) {
                report.add(Check.CSP, refusal, role, state.label(), null);
            }
            return true;
        } catch (IOException | RuntimeException failed) {
            report.add(Check.PAGE, "could not be checked: " + oneLine(String.valueOf(failed)), role, state.label(), null);
            return false;
        }
    }

    /**
     * The page just checked, narrowed to 360 px (the layout follows its media queries and
     * resize handlers): it must not be wider than the window. The window is wide again after.
     */
    private static void checkNarrow(Browser browser, String role, PageState state, PageChecks.Report report) {
        try {
            var overflow = timed("narrow", () -> {
                browser.viewport(NARROW_WIDTH, NARROW_HEIGHT);
                try {
                    return PageChecks.overflow(browser);
                } finally {
                    browser.naturalViewport();
                }
            });
            for (var refusal : PageChecks.cspRefusals(browser)) {
                report.add(Check.CSP, refusal + " (at " + NARROW_WIDTH + " px)", role, state.label(), null);
            }
            if (overflow.innerWidth() != NARROW_WIDTH) {
                report.add(Check.PAGE, "the window is " + overflow.innerWidth() + " px wide, not " + NARROW_WIDTH
                        + ": the narrow check did not happen", role, state.label(), null);
            } else if (overflow.scrollsSideways()) {
                report.add(Check.NARROW, "at " + NARROW_WIDTH + " px the page is " + overflow.scrollWidth()
                        + " px wide (document.documentElement.scrollWidth > window.innerWidth); reaching past the right edge: "
                        + (overflow.widest().isEmpty() ? "(no single element found)" : String.join(", ", overflow.widest())),
                        role, state.label(), null);
            }
        } catch (RuntimeException failed) {
            report.add(Check.PAGE, "could not be checked at " + NARROW_WIDTH + " px: " + oneLine(String.valueOf(failed)),
                    role, state.label(), null);
        }
    }

    private static String fileName(int number, String role, PageState state) {
        String slug = state.label().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return String.format("%02d-%s-%s.html", number, role, slug.isEmpty() ? "home" : slug);
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
        return line.length() <= 400 ? line : line.substring(0, 400) + "…";
    }

    private static void clean(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
