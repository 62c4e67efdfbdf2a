package org.twinninglive.platform;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The time zones of the participating countries. Instants are stored and sent as they are;
 * pages and mail show them in the reader's zone: the one they chose, or else their country's
 * (the zone of its capital), or else {@link #DEFAULT}.
 */
public final class TimeZones {

    /** For readers of no known country, and visitors: the zone of the programme's seat. */
    public static final ZoneId DEFAULT = ZoneId.of("Europe/Brussels");

    private static final Map<String, ZoneId> BY_COUNTRY = Map.ofEntries(
            Map.entry("AT", ZoneId.of("Europe/Vienna")),
            Map.entry("BE", ZoneId.of("Europe/Brussels")),
            Map.entry("BG", ZoneId.of("Europe/Sofia")),
            Map.entry("HR", ZoneId.of("Europe/Zagreb")),
            Map.entry("CY", ZoneId.of("Asia/Nicosia")),
            Map.entry("CZ", ZoneId.of("Europe/Prague")),
            Map.entry("DK", ZoneId.of("Europe/Copenhagen")),
            Map.entry("EE", ZoneId.of("Europe/Tallinn")),
            Map.entry("FI", ZoneId.of("Europe/Helsinki")),
            Map.entry("FR", ZoneId.of("Europe/Paris")),
            Map.entry("DE", ZoneId.of("Europe/Berlin")),
            Map.entry("GR", ZoneId.of("Europe/Athens")),
            Map.entry("HU", ZoneId.of("Europe/Budapest")),
            Map.entry("IE", ZoneId.of("Europe/Dublin")),
            Map.entry("IT", ZoneId.of("Europe/Rome")),
            Map.entry("LV", ZoneId.of("Europe/Riga")),
            Map.entry("LT", ZoneId.of("Europe/Vilnius")),
            Map.entry("LU", ZoneId.of("Europe/Luxembourg")),
            Map.entry("MT", ZoneId.of("Europe/Malta")),
            Map.entry("NL", ZoneId.of("Europe/Amsterdam")),
            Map.entry("PL", ZoneId.of("Europe/Warsaw")),
            Map.entry("PT", ZoneId.of("Europe/Lisbon")),
            Map.entry("RO", ZoneId.of("Europe/Bucharest")),
            Map.entry("SK", ZoneId.of("Europe/Bratislava")),
            Map.entry("SI", ZoneId.of("Europe/Ljubljana")),
            Map.entry("ES", ZoneId.of("Europe/Madrid")),
            Map.entry("SE", ZoneId.of("Europe/Stockholm")),
            Map.entry("IS", ZoneId.of("Atlantic/Reykjavik")),
            Map.entry("LI", ZoneId.of("Europe/Vaduz")),
            Map.entry("MK", ZoneId.of("Europe/Skopje")),
            Map.entry("NO", ZoneId.of("Europe/Oslo")),
            Map.entry("RS", ZoneId.of("Europe/Belgrade")),
            Map.entry("TR", ZoneId.of("Europe/Istanbul")),
            Map.entry("AL", ZoneId.of("Europe/Tirane")),
            Map.entry("AM", ZoneId.of("Asia/Yerevan")),
            Map.entry("AZ", ZoneId.of("Asia/Baku")),
            Map.entry("BA", ZoneId.of("Europe/Sarajevo")),
            Map.entry("GE", ZoneId.of("Asia/Tbilisi")),
            Map.entry("JO", ZoneId.of("Asia/Amman")),
            Map.entry("LB", ZoneId.of("Asia/Beirut")),
            Map.entry("MD", ZoneId.of("Europe/Chisinau")),
            Map.entry("ME", ZoneId.of("Europe/Podgorica")),
            Map.entry("TN", ZoneId.of("Africa/Tunis")),
            Map.entry("UA", ZoneId.of("Europe/Kyiv")));

    /** The islands and enclaves of participating countries whose zone is not their capital's. */
    private static final List<String> OUTLYING = List.of("Atlantic/Azores", "Atlantic/Canary", "Atlantic/Madeira",
            "Africa/Ceuta");

    /** Old names the tz database keeps only as aliases of a zone already offered under its current name. */
    private static final Set<String> ALIASES = Set.of("Europe/Belfast", "Europe/Kiev", "Europe/Nicosia",
            "Europe/Tiraspol", "Europe/Uzhgorod", "Europe/Zaporozhye");

    private static final List<ZoneId> CHOICES = Stream.concat(
                    Stream.concat(ZoneId.getAvailableZoneIds().stream().filter(id -> id.startsWith("Europe/")),
                            OUTLYING.stream()),
                    BY_COUNTRY.values().stream().map(ZoneId::getId))
            .filter(id -> !ALIASES.contains(id))
            .filter(ZoneId.getAvailableZoneIds()::contains)
            .distinct()
            .sorted()
            .map(ZoneId::of)
            .toList();

    private TimeZones() {
    }

    /** The zone of the country (ISO 3166-1 alpha-2, any case); {@link #DEFAULT} for one not taking part or none. */
    public static ZoneId defaultFor(String countryCode) {
        if (countryCode == null) {
            return DEFAULT;
        }
        return BY_COUNTRY.getOrDefault(countryCode.strip().toUpperCase(Locale.ROOT), DEFAULT);
    }

    /**
     * The zone of that IANA id (such as Europe/Madrid), as a user or partner system writes it.
     * Fixed offsets such as +01:00 are refused: a zone keeps the summer time of its place, an offset does not.
     *
     * @throws InvalidInputException naming {@code field} when the id is no zone the JDK knows
     */
    public static ZoneId parse(String id, String field) {
        String wanted = id == null ? "" : id.strip();
        if (!ZoneId.getAvailableZoneIds().contains(wanted)) {
            var refusal = new InvalidInputException(field,
                    field + " must be an IANA time zone id such as Europe/Madrid (of the tz database).");
            throw refusal.shownAs("timeZone.unknown");
        }
        return ZoneId.of(wanted);
    }

    /**
     * The zones worth offering in a list: every European one, the islands and enclaves of the
     * participating countries, and the zones of those outside Europe; sorted by id.
     */
    public static List<ZoneId> choices() {
        return CHOICES;
    }
}
