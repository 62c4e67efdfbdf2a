package org.twinninglive.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for texts people type (names, titles, bios, reasons): stored in Unicode NFC, so
 * that "é" typed two ways is one name, and without control characters or the characters that
 * turn the direction of what follows (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
 * which make look-alike names ("gpj.exe" shown as "exe.jpg") and which PostgreSQL refuses (NUL).
 * A line (a name, a title) allows no control at all; a text of paragraphs allows line breaks
 * and tabs, and its line breaks are stored as "\n".
 */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /** A one-line text, NFC and stripped; null or blank gives "". Refuses controls and direction changes. */
    public static String line(String value, String field) {
        String text = normalised(value);
        int bad = firstForbidden(text, false);
        if (bad >= 0) {
            throw refusal(field, text, bad);
        }
        return text;
    }

    /** A text of paragraphs, NFC and stripped, line breaks as "\n"; null or blank gives "". */
    public static String paragraphs(String value, String field) {
        String text = normalised(value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n'));
        int bad = firstForbidden(text, true);
        if (bad >= 0) {
            throw refusal(field, text, bad);
        }
        return text;
    }

    /**
     * A text that comes from elsewhere (the identity provider's name of a person) and cannot be
     * refused here: the forbidden characters are dropped instead, NFC and stripped.
     */
    public static String cleanLine(String value) {
        String text = normalised(value);
        var kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !forbidden(c, false)).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /** A text as comparisons see it: lower case, without accents ("José" and "JOSE" are one), NFC. */
    public static String folded(String value) {
        if (value == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(bare, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String normalised(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    private static int firstForbidden(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (forbidden(text.codePointAt(i), lineBreaksAllowed)) {
                return i;
            }
        }
        return -1;
    }

    static boolean forbidden(int c, boolean lineBreaksAllowed) {
        if (lineBreaksAllowed && (c == '\n' || c == '\t')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C
                || c == 0x2028 || c == 0x2029 || (c >= 0xFFF9 && c <= 0xFFFB);
    }

    private static InvalidInputException refusal(String field, String text, int at) {
        String character = "U+%04X".formatted(text.codePointAt(at));
        return (InvalidInputException) new InvalidInputException(field, field + " contains a control or"
                + " direction-changing character (" + character + " at position " + (at + 1) + "); remove it.")
                .shownAs("text.characters");
    }
}
