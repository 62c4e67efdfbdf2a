package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twinninglive.people.ProfileCompleteness.Field;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.schools.School;

/** What a complete profile is (the profile-completed credit of progression), without a server. */
class ProfileCompletenessTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private final SignedInIdentity alice =
            new SignedInIdentity("sub-alice", "alice", "Alice Martín", "alice@example.org", "ES", Set.of("teacher"));

    private final PersonalInformation everything = PersonalInformation.of("Alice Martín",
            "Biology teacher in Madrid.", List.of("BIOLOGY"), List.of("es", "en"), 12, 16);

    @Test
    void aTeacherWhoFilledInEverythingAndHasASchoolIsCompleteWithoutAPhoto() {
        var profile = Profile.firstSignIn(alice, T0);
        profile.edit(everything);
        profile.joinSchool(new School() { });

        assertThat(profile.photoVersion()).isZero();
        assertThat(profile.completeness().missing()).isEmpty();
        assertThat(profile.complete()).isTrue();
    }

    @Test
    void aNewProfileHasOnlyTheNameTheIdentityProviderGave() {
        var profile = Profile.firstSignIn(alice, T0);

        assertThat(profile.completeness().missing())
                .containsExactly(Field.BIO, Field.SUBJECTS, Field.LANGUAGES, Field.PUPILS_AGES, Field.SCHOOL);
        assertThat(profile.complete()).isFalse();
    }

    @Test
    void everythingButASchoolIsNotComplete() {
        var profile = Profile.firstSignIn(alice, T0);
        profile.edit(everything);

        assertThat(profile.completeness().missing()).containsExactly(Field.SCHOOL);
        assertThat(profile.complete()).isFalse();
    }

    @Test
    void aPhotoAloneDoesNotComplete() {
        var profile = Profile.firstSignIn(alice, T0);
        profile.joinSchool(new School() { });
        profile.photoChanged();

        assertThat(profile.completeness().missing())
                .containsExactly(Field.BIO, Field.SUBJECTS, Field.LANGUAGES, Field.PUPILS_AGES);
    }

    @Test
    void blankTextEmptyListsAndHalfAnAgeRangeSayNothing() {
        var completeness = ProfileCompleteness.of(" ", "  ", List.of(), Set.of(), 6, null, true);

        assertThat(completeness.missing())
                .containsExactly(Field.NAME, Field.BIO, Field.SUBJECTS, Field.LANGUAGES, Field.PUPILS_AGES);
        assertThat(ProfileCompleteness.of("Ana", "Art", List.of("ARTS"), List.of("es"), null, 9, true).missing())
                .containsExactly(Field.PUPILS_AGES);
    }

    @Test
    void anErasedProfileIsNoLongerComplete() {
        var profile = Profile.firstSignIn(alice, T0);
        profile.edit(everything);
        profile.joinSchool(new School() { });

        profile.erase(T0.plusSeconds(60));

        assertThat(profile.complete()).isFalse();
    }

    @Test
    void theOwnersViewOfAProfileReadsTheSameGaps() {
        var view = new PersonView("p1", "Alice Martín", "ES", null, "alice@example.org", "Biology teacher.",
                List.of("BIOLOGY"), List.of(), 12, 16, 0, ValidationStatus.VALIDATED.name(), null, false, List.of(),
                new PersonView.Relationship(true, true, false, false, null, false, true));

        assertThat(view.completeness().missing()).containsExactly(Field.LANGUAGES, Field.SCHOOL);
    }

    @Test
    void theCreditIsOneReferenceSoProgressionCountsItOnce() {
        var first = ProfileCompleteness.credit("p1");
        var again = ProfileCompleteness.credit("p1");

        assertThat(first.category()).isEqualTo("profile-completed");
        assertThat(again).isEqualTo(first);
    }
}
