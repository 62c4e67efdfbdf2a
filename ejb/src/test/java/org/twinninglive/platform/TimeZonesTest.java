package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

    @ParameterizedTest
    @CsvSource({"ES, Europe/Madrid", "PT, Europe/Lisbon", "IE, Europe/Dublin", "FR, Europe/Paris",
            "DE, Europe/Berlin", "FI, Europe/Helsinki", "GR, Europe/Athens", "CY, Asia/Nicosia",
            "IS, Atlantic/Reykjavik", "TR, Europe/Istanbul", "UA, Europe/Kyiv", "TN, Africa/Tunis"})
    void aCountryDefaultsToTheZoneOfItsCapital(String country, String zone) {
        assertThat(TimeZones.defaultFor(country)).isEqualTo(ZoneId.of(zone));
    }

    @Test
    void everyParticipatingCountryHasItsOwnDefaultAmongTheChoices() {
        for (String country : Countries.PARTICIPATING) {
            var zone = TimeZones.defaultFor(country);
            assertThat(zone).as(country).isIn(TimeZones.choices());
            if (!country.equals("BE")) {
                // Brussels is Belgium's own zone; any other country falling back to it has no entry
                assertThat(zone).as(country).isNotEqualTo(TimeZones.DEFAULT);
            }
        }
    }

    @Test
    void aCountryCodeIsReadInAnyCase() {
        assertThat(TimeZones.defaultFor(" es ")).isEqualTo(ZoneId.of("Europe/Madrid"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"GB", "US", "XX"})
    void anUnknownOrMissingCountryDefaultsToBrussels(String country) {
        assertThat(TimeZones.defaultFor(country)).isEqualTo(ZoneId.of("Europe/Brussels"));
    }

    @Test
    void aZoneIdIsParsed() {
        assertThat(TimeZones.parse("Europe/Lisbon", "timeZone")).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(TimeZones.parse(" Atlantic/Canary ", "timeZone")).isEqualTo(ZoneId.of("Atlantic/Canary"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Mars/Olympus", "europe/madrid", "+01:00", "UTC+1", "Madrid"})
    void anUnknownZoneIsRefusedNamingTheField(String id) {
        assertThatThrownBy(() -> TimeZones.parse(id, "timeZone"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("timeZone");
                    assertThat(refused.textKey()).isEqualTo("timeZone.unknown");
                    assertThat(refused.getMessage()).contains("Europe/Madrid");
                });
    }

    @Test
    void theChoicesAreEuropesZonesTheIslandsAndTheNeighboursSortedWithoutOldNames() {
        var ids = TimeZones.choices().stream().map(ZoneId::getId).toList();

        assertThat(ids).contains("Europe/Madrid", "Europe/London", "Atlantic/Canary", "Atlantic/Azores",
                "Atlantic/Madeira", "Asia/Tbilisi", "Asia/Amman", "Africa/Tunis")
                .doesNotContain("Europe/Kiev", "America/New_York", "UTC")
                .isSorted()
                .doesNotHaveDuplicates();
    }
}
