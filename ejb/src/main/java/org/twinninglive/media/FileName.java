package org.twinninglive.media;

import java.util.Locale;
import java.util.regex.Pattern;
import org.twinninglive.platform.Texts;

/**
 * The name a stored file keeps: the last segment of what the uploader's system called it, under
 * the platform's rule of texts (no control or direction-changing characters, which disguise
 * "gpj.exe" as "exe.jpg"), without characters that no file system takes, and with the extension
 * of the type its content is ("photo.jpg" that is a PDF is kept as "photo.pdf").
 */
final class FileName {

    static final int MAX_LENGTH = 120;

    private static final Pattern NOT_IN_NAMES = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,5}");

    private FileName() {
    }

    static String corrected(String given, FileType type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = NOT_IN_NAMES.matcher(Texts.cleanLine(name)).replaceAll("_");
        name = name.replaceFirst("^[.\\s]+", "").strip();
        String base = name;
        String extension = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
            base = name.substring(0, dot).strip();
            extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
        if (!type.hasExtension(extension)) {
            extension = type.extension();
        }
        if (base.isEmpty()) {
            base = "file";
        }
        if (base.codePointCount(0, base.length()) > MAX_LENGTH) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return base + "." + extension;
    }
}
