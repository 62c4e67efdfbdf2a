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
        boolean recordAside = profile.signIn(renamed, T0.plusSeconds(5));

        assertThat(profile.displayName()).isEqualTo("Alice Martín García");
        assertThat(profile.email()).isEqualTo("alice@school.es");
        assertThat(profile.language()).isEqualTo(Language.SPANISH);
        assertThat(recordAside).as("the sign-in time was recorded seconds ago").isFalse();
    }

    @Test
    void aRepeatedSignInWithNothingNewLeavesTheRowAlone() {
        var profile = Profile.firstSignIn(alice, T0);

        boolean recordAside = profile.signIn(alice, T0.plus(Duration.ofMinutes(1)));

        assertThat(profile.lastSignInAt()).isEqualTo(T0);
        assertThat(recordAside).isFalse();
    }

    @Test
    void aSignInAfterTheIntervalIsToBeRecordedAsideWhenNothingElseChanged() {
        var profile = Profile.firstSignIn(alice, T0);
        var later = T0.plus(Profile.SIGN_IN_RECORD_INTERVAL).plusSeconds(1);

        boolean recordAside = profile.signIn(alice, later);

        assertThat(recordAside).as("the time is written aside, without the row's version").isTrue();
        assertThat(profile.lastSignInAt()).as("the entity stays clean").isEqualTo(T0);
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

    @Test
    void aNewTeacherAwaitsTheNssOfTheirCountryButSupportStaffDoNot() {
        var teacher = Profile.firstSignIn(alice, T0);
        var officer = Profile.firstSignIn(new SignedInIdentity("sub-nss", "nss", "Elena", null, "ES", Set.of("nss")), T0);

        assertThat(teacher.validationStatus()).isEqualTo(ValidationStatus.PENDING_VALIDATION);
        assertThat(teacher.validationCountry()).isEqualTo("ES");
        assertThat(officer.validationStatus()).isEqualTo(ValidationStatus.VALIDATED);
    }

    @Test
    void aNameChosenOnThePlatformIsNotOverwrittenBySignIns() {
        var profile = Profile.firstSignIn(alice, T0);
        profile.edit(PersonalInformation.of("Alicia Martín", null, null, null, null, null));

        profile.signIn(new SignedInIdentity("sub-alice", "alice", "Alice M.", "alice@example.org", "ES",
                Set.of("teacher")), T0.plusSeconds(5));

        assertThat(profile.displayName()).isEqualTo("Alicia Martín");
    }

    @Test
    void defaultsProtectTheTeacher() {
        var profile = Profile.firstSignIn(alice, T0);

        assertThat(profile.privacy()).isEqualTo(PrivacySettings.DEFAULTS);
        assertThat(profile.privacy().robotsMayIndex()).isFalse();
    }

    @Test
    void erasureLeavesAFormerMemberThatNobodyFinds() {
        var profile = Profile.firstSignIn(alice, T0);
        profile.edit(PersonalInformation.of("Alice", "bio", java.util.List.of("ARTS"), java.util.List.of("es"), 6, 9));
        profile.choosePrivacy(new PrivacySettings(Visibility.EVERYONE, true, true, true, true, true));
        profile.scheduleDeletion(T0.plusSeconds(10));

        profile.erase(T0.plusSeconds(20));

        assertThat(profile.erased()).isTrue();
        assertThat(profile.displayName()).isEqualTo("Former member");
        assertThat(profile.email()).isNull();
        assertThat(profile.bio()).isNull();
        assertThat(profile.subjects()).isEmpty();
        assertThat(profile.searchable()).isFalse();
        assertThat(profile.subject()).isNotEqualTo("sub-alice");
        assertThat(profile.deletionDueAt()).isNull();
    }
}
