package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.SignedInIdentity;

class ProfileTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private final SignedInIdentity alice =
            new SignedInIdentity("sub-alice", "alice", "Alice Martín", "alice@example.org", "ES", Set.of("teacher"));

    @Test
    void firstSignInTakesEverythingFromTheToken() {
        var profile = Profile.firstSignIn(alice, T0);

        assertThat(profile.id()).isNotBlank().isNotEqualTo("sub-alice");
        assertThat(profile.displayName()).isEqualTo("Alice Martín");
        assertThat(profile.email()).isEqualTo("alice@example.org");
        assertThat(profile.country()).isEqualTo("ES");
        assertThat(profile.language()).isEqualTo(Language.ENGLISH);
        assertThat(profile.lastSignInAt()).isEqualTo(T0);
    }

    @Test
    void aLaterSignInTakesChangedClaimsButKeepsTheChosenLanguage() {
        var profile = Profile.firstSignIn(alice, T0);
        profile.chooseLanguage(Language.SPANISH);

        var renamed = new SignedInIdentity("sub-alice", "alice", "Alice Martín García", "alice@school.es", "ES",
                Set.of("teacher"));
        profile.signIn(renamed, T0.plusSeconds(5));

        assertThat(profile.displayName()).isEqualTo("Alice Martín García");
        assertThat(profile.email()).isEqualTo("alice@school.es");
        assertThat(profile.language()).isEqualTo(Language.SPANISH);
        assertThat(profile.lastSignInAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aRepeatedSignInWithNothingNewLeavesTheRowAlone() {
        var profile = Profile.firstSignIn(alice, T0);

        profile.signIn(alice, T0.plus(Duration.ofMinutes(1)));

        assertThat(profile.lastSignInAt()).isEqualTo(T0);
    }

    @Test
    void aSignInAfterTheIntervalIsRecorded() {
        var profile = Profile.firstSignIn(alice, T0);
        var later = T0.plus(Profile.SIGN_IN_RECORD_INTERVAL).plusSeconds(1);

        profile.signIn(alice, later);

        assertThat(profile.lastSignInAt()).isEqualTo(later);
    }

    @Test
    void aProfileCannotSignInAnotherAccount() {
        var profile = Profile.firstSignIn(alice, T0);
        var bob = new SignedInIdentity("sub-bob", "bob", "Bob", null, "FR", Set.of("teacher"));

        assertThatThrownBy(() -> profile.signIn(bob, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languagesAreFoundByTagWhateverTheCase() {
        assertThat(Language.find(" FR ")).contains(Language.FRENCH);
        assertThat(Language.find("xx")).isEmpty();
        assertThat(Language.find(null)).isEmpty();
    }
}
