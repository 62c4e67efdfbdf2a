package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.People.GARCIA_LORCA;
import static org.twinninglive.support.People.JOSE;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;

/** GET /api/v1/people: words, filters, paging, and only people listed in search whom the caller may see (F1-F3, U4). */
@ExtendWith(ArquillianExtension.class)
class PeopleSearchApiIT {

    private static final String ALICE = People.ALICE;

    @Test
    void aNameIsFoundWhateverItsCaseAndAccents() {
        String bob = Keycloak.tokenOf("bob");

        var page = Http.get(API + "/v1/people?q=jose", bob);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        var jose = item(page.json(), JOSE);
        assertThat(jose.get("name").asText()).isEqualTo("José Núñez");
        assertThat(jose.get("country").asText()).isEqualTo("ES");
        assertThat(jose.get("school").asText()).isEqualTo("CEIP Federico García Lorca");
        assertThat(jose.get("schoolId").asText()).isEqualTo(GARCIA_LORCA);
        assertThat(jose.get("photoVersion").asInt()).isZero();
        assertThat(People.found(bob, "NUNEZ")).contains(JOSE);
        assertThat(People.found(bob, "Núñez")).contains(JOSE);
    }

    @Test
    void theBeginningOfANameFindsItWhileItIsTyped() {
        String bob = Keycloak.tokenOf("bob");

        assertThat(People.found(bob, "ali")).contains(ALICE);
        assertThat(People.found(bob, "Mart")).contains(ALICE);
        assertThat(People.found(bob, "alx")).doesNotContain(ALICE);
    }

    @Test
    void wordsOfASchoolNameFindItsTeachers() {
        String bob = Keycloak.tokenOf("bob");

        assertThat(People.found(bob, "lorca")).contains(JOSE);
        assertThat(People.found(bob, "garcia")).contains(JOSE);
    }

    @Test
    void theAnswerIsAPageOfPeople() {
        var page = Http.get(API + "/v1/people?q=jose", Keycloak.tokenOf("bob")).json();

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("items").isArray()).isTrue();
    }

    @Test
    void filtersNarrowTheResults() {
        String bob = Keycloak.tokenOf("bob");
        String all = "q=jose&size=100";

        assertThat(People.search(bob, all + "&country=ES&subject=ARTS&language=fr&ageFrom=6&ageTo=11&role=teacher"))
                .contains(JOSE);
        assertThat(People.search(bob, all + "&country=es&subject=arts")).as("codes in any case").contains(JOSE);
        assertThat(People.search(bob, all + "&school=" + GARCIA_LORCA)).contains(JOSE);
        assertThat(People.search(bob, all + "&ageFrom=10&ageTo=20")).as("ages overlap").contains(JOSE);
        assertThat(People.search(bob, all + "&country=FR")).doesNotContain(JOSE);
        assertThat(People.search(bob, all + "&subject=MATHEMATICS")).doesNotContain(JOSE);
        assertThat(People.search(bob, all + "&language=de")).doesNotContain(JOSE);
        assertThat(People.search(bob, all + "&ageFrom=12")).doesNotContain(JOSE);
        assertThat(People.search(bob, all + "&ageTo=5")).doesNotContain(JOSE);
        assertThat(People.search(bob, all + "&role=nss")).doesNotContain(JOSE);
        assertThat(People.search(bob, all + "&school=" + People.RAMON_Y_CAJAL)).doesNotContain(JOSE);
    }

    @Test
    void aSchoolFilterListsOnlyItsCurrentTeachers() {
        var page = Http.get(API + "/v1/people?size=100&school=" + GARCIA_LORCA, Keycloak.tokenOf("bob")).json();

        assertThat(People.ids(page.get("items"))).contains(JOSE)
                .as("Alice taught there once but works elsewhere now").doesNotContain(ALICE);
        assertThat(page.get("items")).allSatisfy(item -> assertThat(item.get("schoolId").asText()).isEqualTo(GARCIA_LORCA));
    }

    @Test
    void resultsArePaged() {
        var first = People.teacher("Paula", "IT");
        var second = Keycloak.newTeacher("Pablo " + first.surname(), "IT");
        String secondId = Http.get(API + "/v1/me", Keycloak.tokenOf(second)).json().get("id").asText();
        String query = "q=" + first.surname() + "&size=1";

        var page0 = Http.get(API + "/v1/people?" + query, first.token()).json();
        var page1 = Http.get(API + "/v1/people?" + query + "&page=1", first.token()).json();
        var page2 = Http.get(API + "/v1/people?" + query + "&page=2", first.token()).json();

        assertThat(page0.get("total").asLong()).isEqualTo(2);
        assertThat(page0.get("size").asInt()).isEqualTo(1);
        assertThat(page0.get("items")).hasSize(1);
        assertThat(page1.get("page").asInt()).isEqualTo(1);
        assertThat(page1.get("items")).hasSize(1);
        assertThat(page2.get("items")).isEmpty();
        assertThat(List.of(page0.get("items").get(0).get("id").asText(),
                page1.get("items").get(0).get("id").asText()))
                .containsExactlyInAnyOrder(first.id(), secondId);
    }

    @Test
    void whoLeavesSearchIsNotFoundEvenByThemselvesUntilTheyComeBack() {
        var hidden = People.teacher("Hugo", "IT");
        var viewer = People.teacher("Vera", "IT");
        People.makeContacts(hidden, viewer);
        assertThat(People.found(viewer.token(), hidden.surname())).containsExactly(hidden.id());

        People.choosePrivacy(hidden, "REGISTERED", false, false, false);

        assertThat(People.found(viewer.token(), hidden.surname())).as("a contact").isEmpty();
        assertThat(People.found(hidden.token(), hidden.surname())).as("the owner").isEmpty();
        assertThat(People.found(Keycloak.tokenOf("bob"), hidden.surname())).as("anyone").isEmpty();
        assertThat(People.profile(viewer.token(), hidden.id()).status()).as("the profile itself stays visible")
                .isEqualTo(200);

        People.choosePrivacy(hidden, "REGISTERED", true, false, false);

        assertThat(People.found(viewer.token(), hidden.surname())).containsExactly(hidden.id());
    }

    @Test
    void partnerSystemsFindOnlyPeopleVisibleToEveryone() {
        var teacher = People.teacher("Irene", "IT");
        String partner = Keycloak.partnerToken();

        assertThat(People.found(partner, teacher.surname())).as("registered users only").isEmpty();
        assertThat(People.found(Keycloak.tokenOf("bob"), teacher.surname())).containsExactly(teacher.id());
        assertThat(People.found(partner, "jose")).contains(JOSE);
        assertThat(People.found(partner, "alice")).doesNotContain(ALICE);

        People.choosePrivacy(teacher, "EVERYONE", true, false, false);

        assertThat(People.found(partner, teacher.surname())).containsExactly(teacher.id());
    }

    @Test
    void aProfileForContactsIsFoundByContactsAndItsOwnerOnly() {
        var owner = People.teacher("Olivia", "IT");
        var contact = People.teacher("Carla", "IT");
        var stranger = People.teacher("Sara", "IT");
        People.makeContacts(owner, contact);

        People.choosePrivacy(owner, "CONTACTS", true, false, false);

        assertThat(People.found(contact.token(), owner.surname())).containsExactly(owner.id());
        assertThat(People.found(owner.token(), owner.surname())).containsExactly(owner.id());
        assertThat(People.found(stranger.token(), owner.surname())).isEmpty();
        assertThat(People.found(Keycloak.partnerToken(), owner.surname())).isEmpty();
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        String bob = Keycloak.tokenOf("bob");

        People.assertRefused(Http.get(API + "/v1/people?country=Spain", bob), "country");
        People.assertRefused(Http.get(API + "/v1/people?ageFrom=abc", bob), "ageFrom");
        People.assertRefused(Http.get(API + "/v1/people?ageTo=-3", bob), "ageTo");
        People.assertRefused(Http.get(API + "/v1/people?ageFrom=12&ageTo=6", bob), "ageTo");
        People.assertRefused(Http.get(API + "/v1/people?subject=XYZ", bob), "subject");
        People.assertRefused(Http.get(API + "/v1/people?language=english", bob), "language");
        People.assertRefused(Http.get(API + "/v1/people?role=king", bob), "role");
        People.assertRefused(Http.get(API + "/v1/people?size=1000", bob), "size");
        People.assertRefused(Http.get(API + "/v1/people?page=first", bob), "page");
        People.assertRefused(Http.get(API + "/v1/people?q=" + "a".repeat(201), bob), "q");
    }

    @Test
    void searchWithoutATokenIs401() {
        var answer = Http.get(API + "/v1/people?q=jose", null);

        People.assertProblem(answer, 401);
    }

    private static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + page);
    }
}
