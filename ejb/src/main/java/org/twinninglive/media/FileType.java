package org.twinninglive.media;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.twinninglive.platform.InvalidInputException;

/**
 * The kinds of file the platform keeps, each known by its content (magic bytes, the entries of
 * an office document's archive, valid UTF-8 for text), never by a name or a declared
 * Content-Type. Markup (HTML, SVG, XML) is never kept: a browser could run its scripts.
 */
public enum FileType {

    PDF("application/pdf", "a PDF document", "pdf"),
    JPEG("image/jpeg", "a JPEG picture", "jpg", "jpeg"),
    PNG("image/png", "a PNG picture", "png"),
    GIF("image/gif", "a GIF picture", "gif"),
    WEBP("image/webp", "a WebP picture", "webp"),
    TEXT("text/plain", "a plain text", "txt", "text", "csv", "md"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation",
            "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "an OpenDocument text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation", "odp");

    static final String FIELD = "file";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final List<String> MARKUP = List.of("<script", "<svg", "<html", "<!doctype", "<?xml", "<iframe",
            "<object", "<embed", "<body");

    private final String mimeType;
    private final String label;
    private final List<String> extensions;

    FileType(String mimeType, String label, String... extensions) {
        this.mimeType = mimeType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The MIME type, as stored and served. */
    public String mimeType() {
        return mimeType;
    }

    /** What it is, in a sentence of a refusal ("a PDF document"). */
    public String label() {
        return label;
    }

    /** The extension a stored name gets ("jpg"). */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether a name may keep this extension (lower case) for this type. */
    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }

    /** The MIME type as served: a text is UTF-8, and says so. */
    public String servedAs() {
        return this == TEXT ? mimeType + ";charset=UTF-8" : mimeType;
    }

    /** The type whose MIME type this is. */
    public static Optional<FileType> ofMimeType(String mimeType) {
        for (FileType type : values()) {
            if (type.mimeType.equals(mimeType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of this content, empty when it is none the platform keeps. Refuses outright, with
     * the reason, what looks like something kept but must not be: markup, office documents with
     * macros, other archives, damaged archives.
     */
    static Optional<FileType> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (content.length > 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of(OfficeArchive.typeOf(content));
        }
        return plainText(content).map(text -> {
            if (markup(text)) {
                throw (InvalidInputException) new InvalidInputException(FIELD, "The file is HTML, SVG or XML markup,"
                        + " which is not accepted because it can carry scripts; send it as a PDF or as plain text.")
                        .shownAs("file.markup");
            }
            return TEXT;
        });
    }

    /** The text of valid UTF-8 without control characters (tabs, line and page breaks allowed). */
    private static Optional<String> plainText(byte[] content) {
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                return Optional.empty();
            }
        }
        return Optional.of(chars.toString());
    }

    private static boolean markup(String text) {
        String start = text.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<") || MARKUP.stream().anyMatch(start::contains);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
