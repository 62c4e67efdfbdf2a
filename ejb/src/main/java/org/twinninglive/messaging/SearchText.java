package org.twinninglive.messaging;

import org.twinninglive.platform.Texts;

/**
 * The form of a text that the search of messages compares: lower case and without accents,
 * so that "Jose" finds "José" and "ÉTÉ" finds "été", on H2 and PostgreSQL alike (no database
 * function needed). Stored beside the subject and the body's text when they are written.
 */
final class SearchText {

    private SearchText() {
    }

    /** The folded text, cut to {@code max} characters (folding may lengthen a text a little). */
    static String of(String text, int max) {
        String folded = Texts.folded(text);
        return folded.length() <= max ? folded : folded.substring(0, max);
    }

    /** A LIKE pattern that finds the folded words anywhere; '!' escapes the wildcards typed. */
    static String containing(String words) {
        String folded = of(words, Integer.MAX_VALUE);
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
