package org.twinninglive.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;

/** GET /api/v1/schools over the demo schools: paging, filtering, refusals (A1, A2). */
@ExtendWith(ArquillianExtension.class)
class SchoolApiIT {

    private final String token = Keycloak.partnerToken();

    @Test
    void schoolsArePagedInNameOrder() {
        var first = Http.get(API + "/v1/schools?size=4", token).json();
        var second = Http.get(API + "/v1/schools?size=4&page=1", token).json();

        // the six demo schools, and those confirmed by an nss since (J2: JoiningApiIT)
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(6);
        assertThat(first.get("size").asInt()).isEqualTo(4);
        assertThat(first.get("items")).hasSize(4);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items")).hasSize((int) Math.min(4, total - 4));
        var names = new ArrayList<String>();
        names.addAll(names(first));
        names.addAll(names(second));
        assertThat(names).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
    }

    @Test
    void schoolsOfOneCountry() {
        var german = Http.get(API + "/v1/schools?country=de", token).json();

        assertThat(german.get("total").asLong()).isEqualTo(2);
        assertThat(german.get("items")).allSatisfy(school -> assertThat(school.get("country").asText()).isEqualTo("DE"));
    }

    @Test
    void aCountryNameInsteadOfACodeIsRefusedNamingTheField() {
        var answer = Http.get(API + "/v1/schools?country=Germany", token);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).isEqualTo("country");
    }

    @Test
    void pagingParametersOfTheWrongTypeOrSizeAreRefused() {
        var text = Http.get(API + "/v1/schools?page=abc", token);
        var huge = Http.get(API + "/v1/schools?size=1000", token);

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("field").asText()).isEqualTo("page");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("field").asText()).isEqualTo("size");
    }

    private static List<String> names(JsonNode page) {
        var names = new ArrayList<String>();
        page.get("items").forEach(school -> names.add(school.get("name").asText()));
        return names;
    }
}
