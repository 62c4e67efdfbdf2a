package org.twinninglive.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.twinninglive.platform.InvalidInputException;

/**
 * Tells a ZIP archive that is an office document from any other: OpenDocument by its first
 * entry {@code mimetype}, Office Open XML by the main part its {@code [Content_Types].xml}
 * declares. Documents with macros are refused, and so are other archives. The archive is read
 * as a stream with bounds (entries, expanded bytes), so that a ZIP bomb costs little.
 */
final class OfficeArchive {

    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_EXPANDED = 200L * 1024 * 1024;
    private static final int MAX_KEPT = 1024 * 1024;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String MIMETYPE = "mimetype";

    private OfficeArchive() {
    }

    static FileType typeOf(byte[] zip) {
        String mimetype = null;
        String contentTypes = null;
        boolean macros = false;
        int entries = 0;
        long expanded = 0;
        byte[] buffer = new byte[8192];
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw damaged("it has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                macros |= name.endsWith("vbaProject.bin") || name.startsWith("Basic/") || name.startsWith("Scripts/");
                boolean kept = name.equals(MIMETYPE) || name.equals(CONTENT_TYPES);
                var content = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    expanded += n;
                    if (expanded > MAX_EXPANDED) {
                        throw damaged("it expands to more than 200 MB");
                    }
                    if (kept && content.size() < MAX_KEPT) {
                        content.write(buffer, 0, n);
                    }
                }
                if (name.equals(MIMETYPE)) {
                    mimetype = content.toString(StandardCharsets.US_ASCII).strip();
                } else if (name.equals(CONTENT_TYPES)) {
                    contentTypes = content.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw damaged("it is not a readable ZIP archive");
        }
        if (macros || (contentTypes != null && (contentTypes.contains("macroEnabled")
                || contentTypes.contains("vbaProject")))) {
            throw (InvalidInputException) new InvalidInputException(FileType.FIELD, "The document contains macros,"
                    + " which are not accepted; save it without macros (as .docx, .xlsx, .pptx or OpenDocument).")
                    .shownAs("file.macros");
        }
        FileType type = mimetype != null ? openDocument(mimetype) : officeOpenXml(contentTypes);
        if (type == null) {
            throw (InvalidInputException) new InvalidInputException(FileType.FIELD, "ZIP archives are not accepted,"
                    + " except Word, Excel, PowerPoint and OpenDocument files.").shownAs("file.archive");
        }
        return type;
    }

    private static FileType openDocument(String mimetype) {
        return switch (mimetype) {
            case "application/vnd.oasis.opendocument.text" -> FileType.ODT;
            case "application/vnd.oasis.opendocument.spreadsheet" -> FileType.ODS;
            case "application/vnd.oasis.opendocument.presentation" -> FileType.ODP;
            default -> null;
        };
    }

    private static FileType officeOpenXml(String contentTypes) {
        if (contentTypes == null) {
            return null;
        }
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
            return FileType.DOCX;
        }
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
            return FileType.XLSX;
        }
        if (contentTypes.contains(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")) {
            return FileType.PPTX;
        }
        return null;
    }

    private static InvalidInputException damaged(String why) {
        return (InvalidInputException) new InvalidInputException(FileType.FIELD,
                "The file could not be read as a document: " + why + ".").shownAs("file.damaged");
    }
}
