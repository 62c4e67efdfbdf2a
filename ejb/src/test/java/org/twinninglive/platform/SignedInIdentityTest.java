package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SignedInIdentityTest {

    @Test
    void missingNameFallsBackToTheUsername() {
        var identity = new SignedInIdentity("sub-1", "alice", " ", null, null, null);

        assertThat(identity.name()).isEqualTo("alice");
        assertThat(identity.roles()).isEmpty();
        assertThat(identity.country()).isNull();
    }

    @Test
    void countryIsNormalisedToUpperCase() {
        var identity = new SignedInIdentity("sub-1", "alice", "Alice", null, " es ", Set.of("teacher"));

        assertThat(identity.country()).isEqualTo("ES");
    }

    @Test
    void anIdentityWithoutSubjectCannotExist() {
        assertThatThrownBy(() -> new SignedInIdentity(" ", "alice", "Alice", null, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
