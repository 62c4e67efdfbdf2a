package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.InvalidInputException;

class PersonalInformationTest {

    @Test
    void validInformationIsCleanedUp() {
        var info = PersonalInformation.of("  Ana Ruiz ", "  ", List.of("arts", "MUSIC"), List.of("ES", " fr"), 6, 11);

        assertThat(info.name()).isEqualTo("Ana Ruiz");
        assertThat(info.bio()).isNull();
        assertThat(info.subjects()).containsExactlyInAnyOrder(Subject.ARTS, Subject.MUSIC);
        assertThat(info.languages()).containsExactlyInAnyOrder("es", "fr");
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertField(() -> PersonalInformation.of(" ", null, null, null, null, null), "name");
        assertField(() -> PersonalInformation.of("Ana", "x".repeat(2001), null, null, null, null), "bio");
        assertField(() -> PersonalInformation.of("Ana", null, List.of("ASTROLOGY"), null, null, null), "subjects");
        assertField(() -> PersonalInformation.of("Ana", null, null, List.of("english"), null, null), "languages");
        assertField(() -> PersonalInformation.of("Ana", null, null, null, 6, null), "pupilsAgeTo");
        assertField(() -> PersonalInformation.of("Ana", null, null, null, 1, 10), "pupilsAgeFrom");
        assertField(() -> PersonalInformation.of("Ana", null, null, null, 12, 8), "pupilsAgeTo");
    }

    @Test
    void searchCriteriaNameTheWrongParameter() {
        assertField(() -> SearchCriteria.of(null, "Spain", null, null, null, null, null, null), "country");
        assertField(() -> SearchCriteria.of(null, null, null, "XYZ", null, null, null, null), "subject");
        assertField(() -> SearchCriteria.of(null, null, null, null, null, "abc", null, null), "ageFrom");
        assertField(() -> SearchCriteria.of(null, null, null, null, null, "12", "8", null), "ageTo");
        assertField(() -> SearchCriteria.of(null, null, null, null, null, null, null, "king"), "role");
        assertThat(SearchCriteria.of(" josé ", "es", null, "music", "FR", "6", "11", "Teacher"))
                .isEqualTo(new SearchCriteria("josé", "ES", null, "MUSIC", "fr", 6, 11, "teacher"));
    }

    @Test
    void onlyAProfileVisibleToEveryoneMayBeIndexedByRobots() {
        assertThat(new PrivacySettings(Visibility.EVERYONE, true, true, false, true, true).robotsMayIndex()).isTrue();
        assertThat(new PrivacySettings(Visibility.REGISTERED, true, true, false, true, true).robotsMayIndex()).isFalse();
        assertThat(PrivacySettings.DEFAULTS.robotsMayIndex()).isFalse();
        assertField(() -> PrivacySettings.visibilityOf("FRIENDS"), "visibility");
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                wrong -> assertThat(wrong.field()).isEqualTo(field));
    }
}
