package org.twinninglive.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.InvalidInputException;

class UploadPolicyTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    // --- pictures ---

    @Test
    void aPngIsReEncodedAsPngWithA320PixelThumbnail() throws IOException {
        var accepted = UploadPolicy.IMAGE.accept("drawing.png", image(800, 600, "png"));

        assertThat(accepted.type()).isEqualTo(FileType.PNG);
        assertThat(accepted.name()).isEqualTo("drawing.png");
        assertThat(read(accepted.content()).getWidth()).isEqualTo(800);
        var thumbnail = read(accepted.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
        assertThat(accepted.thumbnail()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aLargePictureIsScaledDownTo2048Pixels() throws IOException {
        var accepted = UploadPolicy.IMAGE.accept("big.jpg", image(4096, 1024, "jpg"));

        assertThat(accepted.type()).isEqualTo(FileType.JPEG);
        var image = read(accepted.content());
        assertThat(image.getWidth()).isEqualTo(2048);
        assertThat(image.getHeight()).isEqualTo(512);
    }

    @Test
    void aGifBecomesAPng() throws IOException {
        var accepted = UploadPolicy.IMAGE.accept("anim.gif", image(100, 50, "gif"));

        assertThat(accepted.type()).isEqualTo(FileType.PNG);
        assertThat(accepted.name()).isEqualTo("anim.png");
        assertThat(read(accepted.content()).getWidth()).isEqualTo(100);
    }

    @Test
    void reEncodingDropsTheMetadataOfAPhoto() {
        byte[] jpeg = image(300, 200, "jpg");
        byte[] exif = "Exif\0\0where-the-photo-was-taken".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withExif = new byte[jpeg.length + exif.length + 4];
        withExif[0] = (byte) 0xFF;
        withExif[1] = (byte) 0xD8;
        withExif[2] = (byte) 0xFF;
        withExif[3] = (byte) 0xE1;
        withExif[4] = (byte) ((exif.length + 2) >> 8);
        withExif[5] = (byte) (exif.length + 2);
        System.arraycopy(exif, 0, withExif, 6, exif.length);
        System.arraycopy(jpeg, 2, withExif, 6 + exif.length, jpeg.length - 2);

        var accepted = UploadPolicy.ATTACHMENT.accept("holiday.jpeg", withExif);

        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("where-the-photo-was-taken");
        assertThat(new String(accepted.content(), StandardCharsets.ISO_8859_1))
                .doesNotContain("where-the-photo-was-taken").doesNotContain("Exif");
        assertThat(accepted.name()).as("a known extension of the type is kept").isEqualTo("holiday.jpeg");
    }

    @Test
    void aPhotoFollowsTheProfilePhotoRules() throws IOException {
        var accepted = UploadPolicy.PHOTO.accept("me.png", image(1600, 1200, "png"));

        assertThat(accepted.type()).isEqualTo(FileType.JPEG);
        assertThat(accepted.name()).isEqualTo("me.jpg");
        assertThat(read(accepted.content()).getWidth()).isEqualTo(512);
        var thumbnail = read(accepted.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(96);
        assertThat(thumbnail.getHeight()).isEqualTo(96);
    }

    @Test
    void aTruncatedPictureIsRefusedAsDamaged() {
        byte[] png = image(400, 400, "png");

        var refused = refusal(UploadPolicy.IMAGE, "x.png", Arrays.copyOf(png, 60));

        assertThat(refused.textKey()).isEqualTo("file.damaged");
    }

    // --- types by content ---

    @Test
    void aPdfNamedJpgIsRefusedAsAnImageWithTheReason() {
        var refused = refusal(UploadPolicy.IMAGE, "photo.jpg", PDF);

        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.getMessage()).contains("a PDF document").contains("JPEG, PNG, GIF or WebP");
        assertThat(refused.textKey()).isEqualTo("file.notAnImage");
    }

    @Test
    void aPdfNamedJpgIsAnAttachmentNamedPdf() {
        var accepted = UploadPolicy.ATTACHMENT.accept("photo.jpg", PDF);

        assertThat(accepted.type()).isEqualTo(FileType.PDF);
        assertThat(accepted.name()).isEqualTo("photo.pdf");
        assertThat(accepted.content()).isEqualTo(PDF);
        assertThat(accepted.hasThumbnail()).isFalse();
    }

    @Test
    void scriptLadenSvgAndHtmlAreRefusedWhateverTheirName() {
        byte[] svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] html = "\uFEFF  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] hidden = "Notes\nand then <script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        for (var policy : UploadPolicy.values()) {
            assertThat(refusal(policy, "image.png", svg).field()).isEqualTo("file");
            assertThat(refusal(policy, "image.png", html).field()).isEqualTo("file");
        }
        assertThat(refusal(UploadPolicy.ATTACHMENT, "notes.txt", svg).textKey()).isEqualTo("file.markup");
        assertThat(refusal(UploadPolicy.ATTACHMENT, "notes.txt", hidden).textKey()).isEqualTo("file.markup");
    }

    @Test
    void plainUtf8TextIsAnAttachment() {
        var accepted = UploadPolicy.ATTACHMENT.accept("liste.csv",
                "Name;Note\nJos\u00e9;1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(accepted.type()).isEqualTo(FileType.TEXT);
        assertThat(accepted.name()).isEqualTo("liste.csv");
        assertThat(UploadPolicy.ATTACHMENT.accept("readme", "hello".getBytes(StandardCharsets.UTF_8)).name())
                .isEqualTo("readme.txt");
    }

    @Test
    void binaryThatIsNoKnownTypeIsRefused() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(UploadPolicy.ATTACHMENT, "tool.pdf", executable).textKey()).isEqualTo("file.notAccepted");
        assertThat(refusal(UploadPolicy.ATTACHMENT, "menu.txt", latin1).getMessage()).contains("UTF-8");
    }

    @Test
    void officeDocumentsAreKnownByTheirArchive() {
        byte[] docx = zip(Map.of("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>"));
        byte[] xlsx = zip(Map.of("[Content_Types].xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml", "<x/>"));
        byte[] odt = zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"));

        assertThat(UploadPolicy.ATTACHMENT.accept("report.zip", docx).type()).isEqualTo(FileType.DOCX);
        assertThat(UploadPolicy.ATTACHMENT.accept("report.zip", docx).name()).isEqualTo("report.docx");
        assertThat(UploadPolicy.ATTACHMENT.accept("marks.xlsx", xlsx).type()).isEqualTo(FileType.XLSX);
        assertThat(UploadPolicy.ATTACHMENT.accept("essay.odt", odt).type()).isEqualTo(FileType.ODT);
        assertThat(refusal(UploadPolicy.IMAGE, "essay.png", odt).textKey()).isEqualTo("file.notAnImage");
    }

    @Test
    void documentsWithMacrosAndOtherArchivesAreRefused() {
        byte[] docm = zip(Map.of("[Content_Types].xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
                "word/vbaProject.bin", "macro"));
        byte[] archive = zip(Map.of("virus.exe", "MZ", "readme.txt", "open me"));

        assertThat(refusal(UploadPolicy.ATTACHMENT, "report.docx", docm).textKey()).isEqualTo("file.macros");
        assertThat(refusal(UploadPolicy.ATTACHMENT, "report.docx", archive).textKey()).isEqualTo("file.archive");
        assertThat(refusal(UploadPolicy.ATTACHMENT, "report.docx", Arrays.copyOf(archive, 40)).textKey())
                .isEqualTo("file.damaged");
    }

    // --- sizes and names ---

    @Test
    void eachUseHasItsLimitAndNothingIsEmpty() {
        byte[] sixMegabytes = Arrays.copyOf(PDF, 6 * 1024 * 1024);

        assertThat(UploadPolicy.ATTACHMENT.accept("big.pdf", sixMegabytes).type()).isEqualTo(FileType.PDF);
        var tooLarge = refusal(UploadPolicy.IMAGE, "big.png", sixMegabytes);
        assertThat(tooLarge.getMessage()).contains("5 MB");
        assertThat(tooLarge.textKey()).isEqualTo("file.tooLarge");
        assertThat(tooLarge.textArguments()).containsExactly(5);
        assertThat(refusal(UploadPolicy.ATTACHMENT, "x.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1)).textKey())
                .isEqualTo("file.tooLarge");
        assertThat(refusal(UploadPolicy.ATTACHMENT, "x.pdf", new byte[0]).textKey()).isEqualTo("file.missing");
    }

    @Test
    void anEventsDocumentIsADocumentOrAPictureOfUpTo20Megabytes() {
        byte[] fifteenMegabytes = Arrays.copyOf(PDF, 15 * 1024 * 1024);

        assertThat(UploadPolicy.DOCUMENT.accept("slides.pdf", fifteenMegabytes).type()).isEqualTo(FileType.PDF);
        assertThat(UploadPolicy.DOCUMENT.accept("poster.png", image(400, 300, "png")).thumbnail()).isNotNull();
        var tooLarge = refusal(UploadPolicy.DOCUMENT, "x.pdf", Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1));
        assertThat(tooLarge.textKey()).isEqualTo("file.tooLarge");
        assertThat(tooLarge.textArguments()).containsExactly(20);
        assertThat(refusal(UploadPolicy.DOCUMENT, "notes.pdf", "Just notes.".getBytes(StandardCharsets.UTF_8))
                .textKey()).as("no plain text in an archive").isEqualTo("file.notADocument");
        assertThat(refusal(UploadPolicy.DOCUMENT, "setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})
                .textKey()).isEqualTo("file.notADocument");
        assertThat(UploadPolicy.DOCUMENT.takes("application/pdf")).isTrue();
        assertThat(UploadPolicy.DOCUMENT.takes("text/plain")).isFalse();
        assertThat(UploadPolicy.largestMegabytes()).isEqualTo(20);
    }

    @Test
    void aNameKeepsItsLastSegmentWithoutDisguises() {
        assertThat(FileName.corrected("../../etc/passwd.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileName.corrected("C:\\Users\\ana\\Report.PDF", FileType.PDF)).isEqualTo("Report.pdf");
        assertThat(FileName.corrected("invoice\u202Efdp.exe", FileType.PDF)).isEqualTo("invoicefdp.pdf");
        assertThat(FileName.corrected("a<b>:c?.pdf", FileType.PDF)).isEqualTo("a_b__c_.pdf");
        assertThat(FileName.corrected(".htaccess", FileType.TEXT)).isEqualTo("htaccess.txt");
        assertThat(FileName.corrected("v1.2 notes", FileType.TEXT)).isEqualTo("v1.2 notes.txt");
        assertThat(FileName.corrected(null, FileType.PNG)).isEqualTo("file.png");
        assertThat(FileName.corrected("x".repeat(300) + ".pdf", FileType.PDF)).hasSize(FileName.MAX_LENGTH + 4);
    }

    @Test
    void theUseIsAttachmentUnlessImageIsAsked() {
        assertThat(UploadPolicy.ofUse(null)).isEqualTo(UploadPolicy.ATTACHMENT);
        assertThat(UploadPolicy.ofUse(" Image ")).isEqualTo(UploadPolicy.IMAGE);
        assertThat(UploadPolicy.ofUse("document")).isEqualTo(UploadPolicy.DOCUMENT);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> UploadPolicy.ofUse("photo")).field())
                .isEqualTo("use");
    }

    private static InvalidInputException refusal(UploadPolicy policy, String name, byte[] content) {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> policy.accept(name, content));
        assertThat(refused).as("%s refuses %s", policy, name).isNotNull();
        assertThat(refused.field()).isEqualTo("file");
        return refused;
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** A real picture: an orange field with a blue disc. */
    private static byte[] image(int width, int height, String format) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setColor(Color.ORANGE);
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(Color.BLUE);
            graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        } finally {
            graphics.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** An archive of these entries; "mimetype" first, as OpenDocument has it. */
    private static byte[] zip(Map<String, String> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            if (entries.containsKey("mimetype")) {
                put(zip, "mimetype", entries.get("mimetype"));
            }
            for (var entry : entries.entrySet()) {
                if (!entry.getKey().equals("mimetype")) {
                    put(zip, entry.getKey(), entry.getValue());
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
