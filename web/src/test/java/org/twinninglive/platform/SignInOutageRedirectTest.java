package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInOutageRedirectTest {

    @Test
    void keycloaksSignInFormIsRecognisedWhateverAddressKeycloakHas() {
        assertThat(SignInOutageRedirect.leadsToSignIn(
                "http://localhost:8180/realms/twinning/protocol/openid-connect/auth?response_type=code&client_id=twinning-web"))
                .isTrue();
        assertThat(SignInOutageRedirect.leadsToSignIn("https://id.example.org/realms/twinning/protocol/openid-connect/auth"))
                .isTrue();
    }

    @Test
    void otherRedirectsAreLeftAsTheyAre() {
        assertThat(SignInOutageRedirect.leadsToSignIn(null)).isFalse();
        assertThat(SignInOutageRedirect.leadsToSignIn("/people/")).isFalse();
        assertThat(SignInOutageRedirect.leadsToSignIn("/sign-in-unavailable?back=%2Fdesktop%2F")).isFalse();
        assertThat(SignInOutageRedirect.leadsToSignIn(
                "http://localhost:8180/realms/twinning/protocol/openid-connect/logout?id_token_hint=x")).isFalse();
        assertThat(SignInOutageRedirect.leadsToSignIn("/desktop/?next=/realms/twinning/protocol/openid-connect/auth"))
                .as("only the path counts").isFalse();
    }

    @Test
    void theUnavailablePageCarriesThePageToReturnTo() {
        assertThat(SignInUnavailableView.address("/desktop/?ui_locales=es"))
                .isEqualTo("/sign-in-unavailable?back=%2Fdesktop%2F%3Fui_locales%3Des");
    }
}
