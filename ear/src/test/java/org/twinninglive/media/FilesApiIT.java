package org.twinninglive.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.People.text;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.RawHttp;
import org.twinninglive.support.Uploads;
import org.twinninglive.support.Uploads.Part;

/** Uploads and downloads of the one file store (DESIGN.md, "files"), through the API and the pages' address. */
@ExtendWith(ArquillianExtension.class)
class FilesApiIT {

    private static final String FILES = API + "/v1/files";
    private static final int MEGABYTE = 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void anUploadedPngIsKeptAsPngAndItsUploaderDownloadsIt() {
        var me = People.teacher("Paula", "IT");

        var uploaded = upload(me.token(), null, "drawing.png", "image/png", png(800, 600));

        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        var file = uploaded.json();
        assertThat(text(file, "id")).isNotBlank();
        assertThat(text(file, "name")).isEqualTo("drawing.png");
        assertThat(text(file, "type")).isEqualTo("image/png");
        assertThat(file.get("size").asLong()).isPositive();

        var download = RawHttp.get(FILES + "/" + text(file, "id"), me.token());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("image/png");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''drawing.png");
        assertThat(download.body()).hasSize(file.get("size").asInt());
        assertThat(download.image().getWidth()).isEqualTo(800);
        assertThat(download.image().getHeight()).isEqualTo(600);

        var thumbnail = RawHttp.get(FILES + "/" + text(file, "id") + "/thumbnail", me.token());
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(thumbnail.image().getWidth()).isEqualTo(320);
        assertThat(thumbnail.image().getHeight()).isEqualTo(240);
        assertThat(uploads(me)).containsExactly(text(file, "id"));
    }

    @Test
    void aTextIsDownloadedAsAnAttachmentNamedInUtf8() {
        var me = People.teacher("Pablo", "ES");
        var uploaded = upload(me.token(), "attachment", "\u00dcbung 1.txt", "text/html",
                "Aufgabe 1: Gr\u00fc\u00dfe schreiben\n".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(text(uploaded.json(), "type")).as("by content, not by the part's Content-Type").isEqualTo("text/plain");

        var download = RawHttp.get(FILES + "/" + text(uploaded.json(), "id"), me.token());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%C3%9Cbung%201.txt");
        assertThat(download.text()).isEqualTo("Aufgabe 1: Gr\u00fc\u00dfe schreiben\n");
    }

    @Test
    void aPdfRenamedAsAPhotoIsNoImageButAnAttachmentNamedPdf() {
        var me = People.teacher("Pia", "IT");

        var asImage = upload(me.token(), "image", "photo.jpg", "image/jpeg", PDF);
        var asAttachment = upload(me.token(), "attachment", "photo.jpg", "image/jpeg", PDF);

        assertRefused(asImage, "file");
        assertThat(text(asImage.json(), "detail")).contains("PDF");
        assertThat(asAttachment.status()).as(asAttachment.text()).isEqualTo(201);
        assertThat(text(asAttachment.json(), "type")).isEqualTo("application/pdf");
        assertThat(text(asAttachment.json(), "name")).isEqualTo("photo.pdf");
        assertThat(uploads(me)).as("only the attachment was kept").containsExactly(text(asAttachment.json(), "id"));
        var download = RawHttp.get(FILES + "/" + text(asAttachment.json(), "id"), me.token());
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.body()).isEqualTo(PDF);
    }

    @Test
    void markupRenamedAsAPictureIsRefused() {
        var me = People.teacher("Pietro", "IT");
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)">
                  <script>fetch('/api/v1/people/me/export')</script>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(upload(me.token(), "image", "cat.png", "image/png", svg), "file");
        assertRefused(upload(me.token(), null, "cat.png", "image/png", svg), "file");
        assertRefused(upload(me.token(), null, "dog.png", "image/png", html), "file");
        assertRefused(upload(me.token(), null, "page.html", "text/html", html), "file");
        assertThat(uploads(me)).isEmpty();
    }

    @Test
    void aBodyOver10MegabytesIs413AndNothingIsKept() {
        var me = People.teacher("Petra", "IT");
        byte[] large = Arrays.copyOf(PDF, 30 * MEGABYTE);

        var answer = upload(me.token(), null, "large.pdf", "application/pdf", large);

        assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(413);
        assertThat(uploads(me)).isEmpty();
    }

    @Test
    void aFileWithinTheRequestLimitButOverTheImageLimitIsRefusedWithTheReason() {
        var me = People.teacher("Philipp", "DE");
        byte[] sixMegabytes = Arrays.copyOf(png(200, 200), 6 * MEGABYTE);

        var answer = upload(me.token(), "image", "huge.png", "image/png", sixMegabytes);

        assertRefused(answer, "file");
        assertThat(text(answer.json(), "detail")).contains("5 MB");
        assertThat(uploads(me)).isEmpty();
    }

    @Test
    void nobodyButTheUploaderReadsAnUnattachedUpload() {
        var me = People.teacher("Paolo", "IT");
        var other = People.teacher("Priya", "IT");
        var uploaded = upload(me.token(), "image", "secret.png", "image/png", png(100, 100));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        String id = text(uploaded.json(), "id");

        assertNotFound(RawHttp.get(FILES + "/" + id, other.token()));
        assertNotFound(RawHttp.get(FILES + "/" + id + "/thumbnail", other.token()));
        assertNotFound(RawHttp.get(FILES + "/" + id, Keycloak.partnerToken()));
        assertThat(RawHttp.get(APP + "/files/" + id, null).status()).as("a visitor of the pages").isEqualTo(404);
        assertThat(RawHttp.get(APP + "/files/" + id + "/thumbnail", null).status()).isEqualTo(404);
        assertThat(RawHttp.get(FILES + "/" + id, me.token()).status()).isEqualTo(200);
    }

    @Test
    void anUnknownFileIs404() {
        var me = People.teacher("Pauline", "FR");

        assertNotFound(RawHttp.get(FILES + "/" + UUID.randomUUID(), me.token()));
        assertNotFound(RawHttp.get(FILES + "/not-a-file", me.token()));
        assertThat(RawHttp.get(APP + "/files/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    @Test
    void aPdfHasNoThumbnail() {
        var me = People.teacher("Pavel", "IT");
        var uploaded = upload(me.token(), null, "notes.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);

        assertNotFound(RawHttp.get(FILES + "/" + text(uploaded.json(), "id") + "/thumbnail", me.token()));
    }

    @Test
    void anUploadNeedsAFilePartAUseItKnowsAndAPerson() {
        var me = People.teacher("Penelope", "IT");

        assertRefused(multipart(me.token(), List.of(new Part("use", null, null, "image".getBytes(StandardCharsets.UTF_8)))), "file");
        assertRefused(upload(me.token(), "photo", "me.png", "image/png", png(10, 10)), "use");
        assertRefused(upload(me.token(), null, "empty.pdf", "application/pdf", new byte[0]), "file");
        var partner = upload(Keycloak.partnerToken(), null, "x.pdf", "application/pdf", PDF);
        assertThat(partner.status()).as(partner.text()).isEqualTo(403);
        var notMultipart = RawHttp.send("POST", FILES, me.token(), "application/pdf", PDF);
        assertThat(notMultipart.status()).as(notMultipart.text()).isEqualTo(415);
        assertThat(uploads(me)).isEmpty();
    }

    // --- helpers ---

    /** POST /files with a part "file" (and "use" when not null), as a browser's form sends it. */
    @Test
    void anAttachmentIsReadByTheThreadsParticipantsOnlyAndInTheWritersExport() {
        var writer = People.teacher("Quirin", "AT");
        var reader = People.teacher("Quirina", "AT");
        var stranger = People.teacher("Quax", "AT");
        People.makeContacts(writer, reader);
        String id = text(upload(writer.token(), null, "plan.pdf", "application/pdf", PDF).json(), "id");

        var sent = Http.send("POST", API + "/v1/messages", writer.token(), "application/json",
                "{\"to\": [\"" + reader.id() + "\"], \"subject\": \"Plan\", \"body\": \"<p>See the plan</p>\","
                        + " \"attachments\": [\"" + id + "\"]}");

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(RawHttp.get(FILES + "/" + id, reader.token()).status()).as("a participant reads it").isEqualTo(200);
        assertNotFound(RawHttp.get(FILES + "/" + id, stranger.token()));
        assertThat(uploads(writer)).as("attached, so no longer a loose upload").isEmpty();
        var exported = Http.get(API + "/v1/people/me/export", writer.token()).json()
                .at("/messages/0/messages/0/attachments/0");
        assertThat(text(exported, "id")).isEqualTo(id);
        assertThat(text(exported, "name")).isEqualTo("plan.pdf");
    }

    private static RawHttp.Response upload(String token, String use, String fileName, String contentType,
                                           byte[] content) {
        var parts = new ArrayList<Part>();
        if (use != null) {
            parts.add(new Part("use", null, null, use.getBytes(StandardCharsets.UTF_8)));
        }
        parts.add(new Part("file", fileName, contentType, content));
        return multipart(token, parts);
    }

    private static RawHttp.Response multipart(String token, List<Part> parts) {
        return Uploads.post(FILES, token, parts);
    }

    /** The ids of the person's unattached uploads, from their data export. */
    private static List<String> uploads(People.Person person) {
        var export = Http.get(API + "/v1/people/me/export", person.token());
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        return People.ids(export.json().get("uploads"));
    }

    private static void assertRefused(RawHttp.Response answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(text(answer.json(), "field")).as(answer.text()).isEqualTo(field);
        assertThat(text(answer.json(), "detail")).isNotBlank();
    }

    private static void assertNotFound(RawHttp.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private static byte[] png(int width, int height) {
        return Uploads.png(width, height);
    }
}
