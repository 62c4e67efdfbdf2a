package org.twinninglive.messaging;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a text that the search of messages compares: lower case and without accents,
 * so that "Jose" finds "José" and "ÉTÉ" finds "été", on H2 and PostgreSQL alike (no database
 * function needed). Stored beside the subject and the body's text when they are written.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** The folded text, cut to {@code max} characters (folding may lengthen a text a little). */
    static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String folded = Normalizer.normalize(bare, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return folded.length() <= max ? folded : folded.substring(0, max);
    }

    /** A LIKE pattern that finds the folded words anywhere; '!' escapes the wildcards typed. */
    static String containing(String words) {
        String folded = of(words, Integer.MAX_VALUE);
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
