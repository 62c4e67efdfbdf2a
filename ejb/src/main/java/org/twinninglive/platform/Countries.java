package org.twinninglive.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries whose schools take part (ISO 3166-1 alpha-2): the European Union's, the other
 * countries of the programme, and the neighbouring countries of eTwinning Plus. Pages show
 * them by name in the reader's language; data and the API keep the code.
 */
public final class Countries {

    public static final List<String> PARTICIPATING = List.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "MK", "NO", "RS", "TR",
            "AL", "AM", "AZ", "BA", "GE", "JO", "LB", "MD", "ME", "TN", "UA");

    private static final Set<String> CODES = Set.copyOf(PARTICIPATING);

    private Countries() {
    }

    public static boolean participates(String code) {
        return code != null && CODES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The country's name in the reader's language; the code itself when the JDK has no name. */
    public static String name(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(reader);
        return name.isEmpty() ? code : name;
    }
}
