package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.platform.DeploymentChecks.DEMO_ACCOUNTS_SECRET;
import static org.twinninglive.platform.DeploymentChecks.DEMO_WEB_SECRET;
import static org.twinninglive.platform.DeploymentChecks.demoSecretInOidcClient;
import static org.twinninglive.platform.DeploymentChecks.demoSecretsInProduction;
import static org.twinninglive.platform.DeploymentChecks.missingOidcClient;

import org.junit.jupiter.api.Test;

class DeploymentChecksTest {

    @Test
    void outsideProductionTheDemoSecretsMayStart() {
        assertThat(demoSecretsInProduction("EXTERNAL", DEMO_WEB_SECRET, DEMO_ACCOUNTS_SECRET)).isEmpty();
        assertThat(demoSecretsInProduction("none", null, null)).isEmpty();
    }

    @Test
    void productionWithTheDemoSecretsIsRefusedNamingBoth() {
        assertThat(demoSecretsInProduction("ALL", DEMO_WEB_SECRET, DEMO_ACCOUNTS_SECRET)).hasValueSatisfying(refusal ->
                assertThat(refusal).contains("OIDC_SSL_REQUIRED=ALL", "TWINNING_WEB_SECRET and TWINNING_ACCOUNTS_SECRET"));
    }

    @Test
    void productionNamesOnlyTheSecretStillAtItsDemoValue() {
        assertThat(demoSecretsInProduction("all", "s3cret-web", DEMO_ACCOUNTS_SECRET)).hasValueSatisfying(refusal ->
                assertThat(refusal).contains("TWINNING_ACCOUNTS_SECRET").doesNotContain("TWINNING_WEB_SECRET"));
        assertThat(demoSecretsInProduction("ALL", DEMO_WEB_SECRET, "s3cret-accounts")).hasValueSatisfying(refusal ->
                assertThat(refusal).contains("TWINNING_WEB_SECRET").doesNotContain("TWINNING_ACCOUNTS_SECRET"));
    }

    @Test
    void productionRefusesUnsetOrBlankSecrets() {
        assertThat(demoSecretsInProduction("ALL", null, " ")).hasValueSatisfying(refusal ->
                assertThat(refusal).contains("TWINNING_WEB_SECRET and TWINNING_ACCOUNTS_SECRET"));
    }

    @Test
    void productionWithItsOwnSecretsMayStart() {
        assertThat(demoSecretsInProduction("ALL", "s3cret-web", "s3cret-accounts")).isEmpty();
    }

    @Test
    void aWarWithoutOidcConfigurationIsRefusedPointingToTheDeployScript() {
        assertThat(missingOidcClient("Twinning Live API", null)).hasValueSatisfying(refusal ->
                assertThat(refusal).contains("\"Twinning Live API\"", "secure-deployment", "deploy-to-wildfly.sh"));
        assertThat(missingOidcClient("Twinning Live", " ")).isPresent();
    }

    @Test
    void aWarWithOidcConfigurationMayStart() {
        assertThat(missingOidcClient("Twinning Live", "{\"provider-url\":\"http://localhost:8180/realms/twinning\"}"))
                .isEmpty();
    }

    @Test
    void theOidcClientWildFlyReallyGaveIsCheckedWhereverItWasConfigured() {
        String production = "{\"realm\": \"twinning\", \"ssl-required\": \"all\", \"resource\": \"twinning-web\","
                + " \"credentials\": {\"secret\": \"%s\"}}";

        assertThat(demoSecretInOidcClient("Twinning Live", production.formatted(DEMO_WEB_SECRET)))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("Twinning Live", "demo client secret"));
        assertThat(demoSecretInOidcClient("Twinning Live", production.formatted("a-real-secret"))).isEmpty();
        assertThat(demoSecretInOidcClient("Twinning Live", production.replace("\"all\"", "\"external\"")
                .formatted(DEMO_WEB_SECRET))).isEmpty();
        assertThat(demoSecretInOidcClient("Twinning Live API", "{\"ssl-required\": \"all\", \"bearer-only\": true}"))
                .as("the API has no secret").isEmpty();
    }
}
