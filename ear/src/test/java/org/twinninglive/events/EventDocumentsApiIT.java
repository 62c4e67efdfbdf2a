package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.People.text;
import static org.twinninglive.support.TestServers.API;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.RawHttp;
import org.twinninglive.support.Uploads;
import org.twinninglive.support.Uploads.Part;

/**
 * An event's document archive through the API (E5): those who take part upload through the file
 * store (use document), add, list and download the very bytes kept; what is no document, whatever
 * its name, and what is over 20 MB is refused and nothing is listed; a private event's archive
 * does not exist for a stranger (404), a public one's is refused to whoever takes no part (403);
 * organisers remove any document, the others their own only; a cancelled event's archive is read
 * but takes nothing more (409).
 */
@ExtendWith(ArquillianExtension.class)
class EventDocumentsApiIT {

    private static final String EVENTS = API + "/v1/events";
    private static final String FILES = API + "/v1/files";
    private static final int MEGABYTE = 1024 * 1024;
    private static final byte[] PDF = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void participantsShareDocumentsAndDownloadTheBytesKept() {
        var organiser = Projects.validatedTeacher("Dora", "ES");
        var participant = People.teacher("Emil", "FR");
        var stranger = People.teacher("Fiona", "FR");
        String id = organise(organiser, "PUBLIC");
        register(participant, id);

        var pdf = upload(participant, "programme.pdf", "application/pdf", PDF);
        var added = add(participant, id, pdf);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(text(added.json(), "format")).isEqualTo("PDF");
        assertThat(text(added.json(), "uploaderId")).isEqualTo(participant.id());
        assertThat(added.json().get("removable").asBoolean()).as("one's own").isTrue();
        var picture = upload(participant, "poster.png", "image/png", Uploads.png(640, 480));
        assertThat(add(participant, id, picture).status()).isEqualTo(201);

        var listed = Http.get(EVENTS + "/" + id + "/documents", organiser.token());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(People.ids(listed.json())).as("latest first").containsExactly(picture, pdf);
        var first = listed.json().get(1);
        assertThat(text(first, "name")).isEqualTo("programme.pdf");
        assertThat(first.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(text(first, "type")).isEqualTo("application/pdf");
        assertThat(text(first, "uploaderName")).contains(participant.surname());
        assertThat(text(first, "uploadedAt")).isNotBlank();
        assertThat(first.get("removable").asBoolean()).as("an organiser removes any").isTrue();
        assertThat(People.ids(Http.get(EVENTS + "/" + id + "/documents", participant.token()).json()))
                .containsExactly(picture, pdf);

        var download = RawHttp.get(EVENTS + "/" + id + "/documents/" + pdf, organiser.token());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).as("the very bytes uploaded").isEqualTo(PDF);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("programme.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var image = RawHttp.get(EVENTS + "/" + id + "/documents/" + picture, participant.token());
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.image().getWidth()).isEqualTo(640);
        assertThat(image.body()).as("the picture as kept (re-encoded), the same at the store's address")
                .isEqualTo(RawHttp.get(FILES + "/" + picture, organiser.token()).body());

        // whoever takes no part: refused on a public event, and the files are theirs nowhere
        People.assertProblem(Http.get(EVENTS + "/" + id + "/documents", stranger.token()), 403);
        People.assertProblem(add(stranger, id, upload(stranger, "mine.pdf", "application/pdf", PDF)), 403);
        assertThat(RawHttp.get(EVENTS + "/" + id + "/documents/" + pdf, stranger.token()).status()).isEqualTo(403);
        assertThat(RawHttp.get(FILES + "/" + pdf, stranger.token()).status()).isEqualTo(404);
        People.assertProblem(Http.get(EVENTS + "/" + id + "/documents", null), 403);
        assertThat(RawHttp.get(EVENTS + "/" + id + "/documents/" + pdf, null).status()).isEqualTo(403);
        // a file that is not this event's is none of its documents
        String unattached = upload(participant, "draft.pdf", "application/pdf", PDF);
        assertThat(RawHttp.get(EVENTS + "/" + id + "/documents/" + unattached, participant.token()).status())
                .isEqualTo(404);

        // organisers remove any document, the others their own only
        People.assertProblem(Http.send("DELETE", EVENTS + "/" + id + "/documents/" + pdf, stranger.token(), null,
                null), 403);
        var organisersOwn = upload(organiser, "rules.pdf", "application/pdf", PDF);
        assertThat(add(organiser, id, organisersOwn).status()).isEqualTo(201);
        People.assertProblem(Http.send("DELETE", EVENTS + "/" + id + "/documents/" + organisersOwn,
                participant.token(), null, null), 403);
        assertThat(Http.send("DELETE", EVENTS + "/" + id + "/documents/" + picture, participant.token(), null, null)
                .status()).as("one's own").isEqualTo(204);
        assertThat(Http.send("DELETE", EVENTS + "/" + id + "/documents/" + pdf, organiser.token(), null, null)
                .status()).isEqualTo(204);
        assertThat(People.ids(Http.get(EVENTS + "/" + id + "/documents", participant.token()).json()))
                .containsExactly(organisersOwn);
        assertThat(RawHttp.get(FILES + "/" + pdf, organiser.token()).status()).as("erased").isEqualTo(404);

        var export = Http.get(API + "/v1/people/me/export", organiser.token()).json();
        assertThat(export.get("eventDocuments").toString()).contains(organisersOwn).contains(id);
    }

    @Test
    void aRefusedFileIsNotKeptAndNothingIsListed() {
        var organiser = Projects.validatedTeacher("Gael", "ES");
        String id = organise(organiser, "PUBLIC");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        byte[] page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(uploadAnswer(organiser, "slides.pdf", "application/pdf", program));
        assertRefused(uploadAnswer(organiser, "slides.pdf", "application/pdf", page));
        assertRefused(uploadAnswer(organiser, "notes.pdf", "application/pdf",
                "Plain notes".getBytes(StandardCharsets.UTF_8)));
        var tooLarge = Uploads.postLarge(FILES, organiser.token(), "document", "huge.pdf", "application/pdf", PDF,
                20L * MEGABYTE + 1);
        assertRefused(tooLarge);
        assertThat(text(tooLarge.json(), "detail")).contains("20 MB");

        // a plain text uploaded as an attachment is kept for a message, but is no document of an archive
        var plain = Uploads.post(FILES, organiser.token(), List.of(Part.file("notes.txt", "text/plain",
                "Plain notes".getBytes(StandardCharsets.UTF_8))));
        assertThat(plain.status()).as(plain.text()).isEqualTo(201);
        String plainId = text(plain.json(), "id");
        People.assertRefused(add(organiser, id, plainId), "file");
        People.assertRefused(add(organiser, id, "00000000-0000-4000-8000-000000000000"), "file");

        assertThat(People.ids(Http.get(EVENTS + "/" + id + "/documents", organiser.token()).json())).isEmpty();
        var export = Http.get(API + "/v1/people/me/export", organiser.token()).json();
        assertThat(People.ids(export.get("uploads"))).as("nothing of the refused kept")
                .containsExactly(plainId);
    }

    @Test
    void aPrivateEventsArchiveIsItsOwnAndACancelledOneIsReadOnly() {
        var organiser = Projects.validatedTeacher("Hugo", "ES");
        var invited = Projects.validatedTeacher("Iris", "FR");
        var stranger = People.teacher("Joan", "ES");
        String id = organise(organiser, "PRIVATE");
        var invitation = Http.send("POST", EVENTS + "/" + id + "/invitations", organiser.token(), "application/json",
                "{\"userIds\": [\"" + invited.id() + "\"]}");
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(200);

        var agenda = upload(invited, "agenda.pdf", "application/pdf", PDF);
        assertThat(add(invited, id, agenda).status()).as("the invited take part").isEqualTo(201);
        People.assertProblem(Http.get(EVENTS + "/" + id + "/documents", stranger.token()), 404);
        People.assertProblem(Http.get(EVENTS + "/" + id + "/documents", null), 404);
        People.assertProblem(add(stranger, id, upload(stranger, "x.pdf", "application/pdf", PDF)), 404);
        assertThat(RawHttp.get(EVENTS + "/" + id + "/documents/" + agenda, stranger.token()).status()).isEqualTo(404);
        People.assertProblem(Http.send("DELETE", EVENTS + "/" + id + "/documents/" + agenda, stranger.token(), null,
                null), 404);

        var cancelled = Http.send("DELETE", EVENTS + "/" + id, organiser.token(), null, null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        Projects.assertRefusedAs(add(organiser, id, upload(organiser, "late.pdf", "application/pdf", PDF)),
                "event-cancelled");
        Projects.assertRefusedAs(Http.send("DELETE", EVENTS + "/" + id + "/documents/" + agenda, organiser.token(),
                null, null), "event-cancelled");
        var listed = Http.get(EVENTS + "/" + id + "/documents", invited.token());
        assertThat(People.ids(listed.json())).containsExactly(agenda);
        assertThat(listed.json().get(0).get("removable").asBoolean()).isFalse();
        var download = RawHttp.get(EVENTS + "/" + id + "/documents/" + agenda, invited.token());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
    }

    // --- helpers ---

    private static String organise(People.Person organiser, String visibility) {
        var start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(5).truncatedTo(ChronoUnit.HOURS);
        var made = Http.send("POST", EVENTS, organiser.token(), "application/json", """
                {"title": "Materials day %s", "description": "<p>Slides welcome.</p>", "kind": "WORKSHOP",
                 "format": "ONLINE", "start": "%s", "end": "%s", "language": "en", "visibility": "%s"}"""
                .formatted(People.uniqueWord(), start, start.plusHours(2), visibility));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asText();
    }

    private static void register(People.Person person, String id) {
        var answer = Http.send("POST", EVENTS + "/" + id + "/registrations", person.token(), null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static RawHttp.Response uploadAnswer(People.Person person, String name, String type, byte[] content) {
        return Uploads.post(FILES, person.token(), List.of(Part.field("use", "document"),
                Part.file(name, type, content)));
    }

    /** Uploads a document for an archive; its id. */
    private static String upload(People.Person person, String name, String type, byte[] content) {
        var answer = uploadAnswer(person, name, type, content);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return text(answer.json(), "id");
    }

    private static Http.Answer add(People.Person person, String id, String fileId) {
        return Http.send("POST", EVENTS + "/" + id + "/documents", person.token(), "application/json",
                "{\"fileId\": \"" + fileId + "\"}");
    }

    private static void assertRefused(RawHttp.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(text(answer.json(), "field")).as(answer.text()).isEqualTo("file");
        assertThat(text(answer.json(), "detail")).isNotBlank();
    }
}
