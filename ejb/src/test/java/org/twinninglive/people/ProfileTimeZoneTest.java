package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.SignedInIdentity;

class ProfileTimeZoneTest {

    private static final Instant T0 = Instant.parse("2026-12-01T17:05:00Z");

    private final SignedInIdentity joao =
            new SignedInIdentity("sub-joao", "joao", "João Silva", "joao@example.org", "PT", Set.of("teacher"));

    @Test
    void untilOneIsChosenTheZoneIsTheCountrys() {
        var profile = Profile.firstSignIn(joao, T0);

        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void theChosenZoneOutlivesAMoveToAnotherCountry() {
        var profile = Profile.firstSignIn(joao, T0);
        profile.chooseTimeZone(ZoneId.of("Atlantic/Azores"));

        profile.signIn(new SignedInIdentity("sub-joao", "joao", "João Silva", "joao@example.org", "ES",
                Set.of("teacher")), T0.plusSeconds(60));

        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Atlantic/Azores"));
    }

    @Test
    void erasingTheAccountForgetsTheChosenZone() {
        var profile = Profile.firstSignIn(joao, T0);
        profile.chooseTimeZone(ZoneId.of("Atlantic/Azores"));

        profile.erase(T0.plusSeconds(60));

        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }
}
