package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People.Person;
import org.twinninglive.support.People;
import org.twinninglive.support.RawHttp;

/**
 * Who sees a profile (U4), for every visibility and every kind of viewer: a visitor of the
 * public page, a partner system, a registered user, a contact, the owner. The API always
 * needs a token; what may not be seen answers 404 exactly like what does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyMatrixIT {

    /** An owner, one of their contacts, and a registered user who is not. */
    private record Circle(Person owner, Person contact, Person registered) {

        static Circle around(String visibility) {
            var owner = People.teacher("Octavia", "IT");
            var contact = People.teacher("Cosimo", "IT");
            var registered = People.teacher("Rasmus", "DK");
            People.makeContacts(owner, contact);
            People.choosePrivacy(owner, visibility, true, false, false);
            return new Circle(owner, contact, registered);
        }
    }

    @Test
    void aProfileForEveryoneIsSeenByEveryoneEvenVisitorsOfItsPage() {
        var circle = Circle.around("EVERYONE");

        assertSeen(circle, true, true, true, true);
    }

    @Test
    void aProfileForRegisteredUsersIsHiddenFromVisitorsAndPartnerSystems() {
        var circle = Circle.around("REGISTERED");

        assertSeen(circle, false, false, true, true);
    }

    @Test
    void aProfileForContactsIsSeenOnlyByContactsAndItsOwner() {
        var circle = Circle.around("CONTACTS");

        assertSeen(circle, false, false, false, true);
    }

    @Test
    void theApiAlwaysWantsATokenWhateverTheVisibility() {
        var circle = Circle.around("EVERYONE");

        People.assertProblem(Http.get(API + "/v1/people/" + circle.owner().id(), null), 401);
        People.assertProblem(Http.get(API + "/v1/people/" + circle.owner().id() + "/photo", null), 401);
    }

    @Test
    void aChangeOfVisibilityTakesEffectAtOnce() {
        var circle = Circle.around("EVERYONE");
        String id = circle.owner().id();
        String partner = Keycloak.partnerToken();
        assertThat(People.profile(partner, id).status()).isEqualTo(200);

        People.choosePrivacy(circle.owner(), "CONTACTS", true, false, false);
        assertThat(People.profile(circle.registered().token(), id).status()).isEqualTo(404);
        assertThat(People.profile(partner, id).status()).isEqualTo(404);
        assertThat(People.profile(circle.contact().token(), id).status()).isEqualTo(200);

        People.choosePrivacy(circle.owner(), "REGISTERED", true, false, false);
        assertThat(People.profile(circle.registered().token(), id).status()).isEqualTo(200);
        assertThat(People.profile(partner, id).status()).isEqualTo(404);

        People.choosePrivacy(circle.owner(), "EVERYONE", true, false, false);
        assertThat(People.profile(partner, id).status()).isEqualTo(200);
    }

    @Test
    void whoStopsBeingAContactStopsSeeingAProfileForContacts() {
        var circle = Circle.around("CONTACTS");
        String id = circle.owner().id();
        assertThat(People.profile(circle.contact().token(), id).status()).isEqualTo(200);

        var removed = Http.send("DELETE", API + "/v1/contacts/" + circle.contact().id(), circle.owner().token(), null, null);

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        People.assertProblem(People.profile(circle.contact().token(), id), 404);
    }

    @Test
    void searchEnginesMayIndexOnlyAProfileForEveryoneWhoseOwnerAllowsIt() {
        var owner = People.teacher("Ingrid", "SE");
        var viewer = People.teacher("Viggo", "SE");
        String page = APP + "/people/" + owner.id();

        People.choosePrivacy(owner, "EVERYONE", true, true, false);
        var indexable = RawHttp.get(page, null);
        assertThat(indexable.status()).as("visitor page of an indexable profile").isEqualTo(200);
        assertThat(indexable.header("X-Robots-Tag")).isNull();
        assertThat(indexable.text()).doesNotContain("noindex");
        assertThat(People.profile(viewer.token(), owner.id()).json().get("robotsMayIndex").asBoolean()).isTrue();

        People.choosePrivacy(owner, "EVERYONE", true, false, false);
        var notIndexable = RawHttp.get(page, null);
        assertThat(notIndexable.status()).isEqualTo(200);
        assertThat(notIndexable.header("X-Robots-Tag")).isEqualTo("noindex");
        assertThat(notIndexable.text()).contains("noindex");
        assertThat(People.profile(viewer.token(), owner.id()).json().get("robotsMayIndex").asBoolean()).isFalse();

        People.choosePrivacy(owner, "REGISTERED", true, true, false);
        assertThat(RawHttp.get(page, null).status()).as("indexable cannot open a closed profile").isEqualTo(404);
        assertThat(People.profile(viewer.token(), owner.id()).json().get("robotsMayIndex").asBoolean()).isFalse();
        var privacy = Http.get(API + "/v1/people/me/privacy", owner.token()).json();
        assertThat(privacy.get("indexable").asBoolean()).as("the choice itself is kept").isTrue();
    }

    @Test
    void aProfileOutOfSearchIsStillReachedByItsAddress() {
        var circle = Circle.around("EVERYONE");
        People.choosePrivacy(circle.owner(), "EVERYONE", false, false, false);

        assertThat(People.found(circle.registered().token(), circle.owner().surname())).isEmpty();
        assertThat(People.profile(circle.registered().token(), circle.owner().id()).status()).isEqualTo(200);
        assertThat(People.profile(Keycloak.partnerToken(), circle.owner().id()).status()).isEqualTo(200);
    }

    @Test
    void badPrivacySettingsAreRefusedNamingTheFieldAndChangeNothing() {
        var owner = People.teacher("Petra", "CZ");
        People.choosePrivacy(owner, "EVERYONE", true, true, true);

        People.assertRefused(People.choosePrivacy(owner.token(),
                "{\"visibility\": \"FRIENDS\", \"searchable\": false, \"indexable\": false, \"showEmail\": false}"),
                "visibility");
        People.assertRefused(People.choosePrivacy(owner.token(),
                "{\"searchable\": false, \"indexable\": false, \"showEmail\": false}"), "visibility");
        People.assertRefused(People.choosePrivacy(owner.token(),
                "{\"visibility\": \"CONTACTS\", \"indexable\": false, \"showEmail\": false}"), "searchable");
        People.assertRefused(People.choosePrivacy(owner.token(),
                "{\"visibility\": \"CONTACTS\", \"searchable\": false, \"showEmail\": false}"), "indexable");
        People.assertRefused(People.choosePrivacy(owner.token(),
                "{\"visibility\": \"CONTACTS\", \"searchable\": false, \"indexable\": false}"), "showEmail");
        People.assertRefused(People.choosePrivacy(owner.token(), null), "visibility");

        var privacy = Http.get(API + "/v1/people/me/privacy", owner.token()).json();
        assertThat(privacy.get("visibility").asText()).isEqualTo("EVERYONE");
        assertThat(privacy.get("searchable").asBoolean()).isTrue();
        assertThat(privacy.get("indexable").asBoolean()).isTrue();
        assertThat(privacy.get("showEmail").asBoolean()).isTrue();
    }

    @Test
    void aPartnerSystemHasNoPrivacyToChoose() {
        var answer = People.choosePrivacy(Keycloak.partnerToken(),
                "{\"visibility\": \"EVERYONE\", \"searchable\": true, \"indexable\": true, \"showEmail\": true}");

        People.assertProblem(answer, 403);
    }

    private static void assertSeen(Circle circle, boolean byVisitors, boolean byPartners, boolean byRegistered,
                                   boolean byContacts) {
        String id = circle.owner().id();
        var softly = new SoftAssertions();
        softly.assertThat(RawHttp.get(APP + "/people/" + id, null).status())
                .as("visitor, public page (a 302 would be a redirect to sign-in)").isEqualTo(byVisitors ? 200 : 404);
        softly.assertThat(Http.get(API + "/v1/people/" + id, null).status()).as("API without a token").isEqualTo(401);
        softly.assertThat(People.profile(Keycloak.partnerToken(), id).status()).as("partner system")
                .isEqualTo(byPartners ? 200 : 404);
        softly.assertThat(People.profile(circle.registered().token(), id).status()).as("registered user")
                .isEqualTo(byRegistered ? 200 : 404);
        var contact = People.profile(circle.contact().token(), id);
        softly.assertThat(contact.status()).as("contact").isEqualTo(byContacts ? 200 : 404);
        if (contact.status() == 200) {
            softly.assertThat(contact.json().at("/relationship/contact").asBoolean()).as("contact relationship").isTrue();
        }
        var own = People.profile(circle.owner().token(), id);
        softly.assertThat(own.status()).as("owner").isEqualTo(200);
        if (own.status() == 200) {
            softly.assertThat(own.json().at("/relationship/own").asBoolean()).as("own relationship").isTrue();
        }
        softly.assertAll();
    }
}
