package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aLineIsStoredInNfcWhicheverWayItWasTyped() {
        String decomposed = "Jose\u0301 Nu\u0301n\u0303ez";

        assertThat(Texts.line("  " + decomposed + " ", "name")).isEqualTo("Jos\u00e9 N\u00fa\u00f1ez");
        assertThat(Texts.line(null, "name")).isEmpty();
    }

    @Test
    void controlAndDirectionChangingCharactersAreRefusedNamingTheField() {
        for (String bad : new String[] {"Ana\u0000", "Ana\u202eexe.gpj", "Ana\u2066x\u2069", "Ana\u200f", "A\u0007na",
                "Ana\nRuiz", "Ana\u0085"}) {
            var refused = catchThrowableOfType(InvalidInputException.class, () -> Texts.line(bad, "name"));

            assertThat(refused).as(bad).isNotNull();
            assertThat(refused.field()).isEqualTo("name");
            assertThat(refused.textKey()).isEqualTo("text.characters");
            assertThat(refused.getMessage()).startsWith("name contains").contains("U+");
        }
    }

    @Test
    void paragraphsKeepLineBreaksAndTabsButNothingElse() {
        assertThat(Texts.paragraphs("One\r\nTwo\rThree\tfour", "bio")).isEqualTo("One\nTwo\nThree\tfour");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Texts.paragraphs("a\u0000b", "bio")).field())
                .isEqualTo("bio");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Texts.paragraphs("a\u202eb", "bio")).getMessage())
                .contains("U+202E at position 2");
    }

    @Test
    void lettersOfEveryScriptAndJoinersPass() {
        String names = "\u0645\u0631\u064a\u0645 \u0905\u0928\u093f\u0924\u093e \u200d\u200c \u5f20\u4f1f \u0141ukasz \ud83d\ude00";

        assertThat(Texts.line(names, "name")).isEqualTo(names);
    }

    @Test
    void aNameFromTheIdentityProviderIsCleanedInsteadOfRefused() {
        assertThat(Texts.cleanLine(" Eve\u202e\u0000 Li\u0301n ")).isEqualTo("Eve L\u00edn");
    }
}
