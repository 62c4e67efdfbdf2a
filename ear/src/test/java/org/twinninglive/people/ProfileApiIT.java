package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.People.GALILEI;
import static org.twinninglive.support.People.GARCIA_LORCA;
import static org.twinninglive.support.People.GOETHE;
import static org.twinninglive.support.People.JEAN_MOULIN;
import static org.twinninglive.support.People.text;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.RawHttp;

/** The caller's own profile through the API: personal information, photo, schools, their data (U1-U3, U5). */
@ExtendWith(ArquillianExtension.class)
class ProfileApiIT {

    private static final String ME = API + "/v1/people/me";

    @Test
    void aNewAccountStartsWithPrivateDefaults() {
        var me = People.teacher("Nadia", "IE");

        var privacy = Http.get(ME + "/privacy", me.token());
        var mine = Http.get(ME, me.token());

        assertThat(privacy.status()).as(privacy.body()).isEqualTo(200);
        assertThat(privacy.json().get("visibility").asText()).isEqualTo("REGISTERED");
        assertThat(privacy.json().get("searchable").asBoolean()).isTrue();
        assertThat(privacy.json().get("indexable").asBoolean()).isFalse();
        assertThat(privacy.json().get("showEmail").asBoolean()).isFalse();
        assertThat(privacy.json().get("acceptsContactRequests").asBoolean()).isTrue();
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        var json = mine.json();
        assertThat(json.get("id").asText()).isEqualTo(me.id());
        assertThat(json.get("name").asText()).isEqualTo(me.name());
        assertThat(json.get("country").asText()).isEqualTo("IE");
        assertThat(text(json, "email")).as("the owner reads their own e-mail").isEqualTo(me.username() + "@example.org");
        assertThat(json.get("photoVersion").asInt()).isZero();
        assertThat(json.get("robotsMayIndex").asBoolean()).isFalse();
        assertThat(json.get("validation").asText()).isEqualTo("PENDING_VALIDATION");
        assertThat(text(json, "school")).isNull();
        assertThat(People.list(json.get("schools"))).isEmpty();
        assertThat(json.at("/relationship/own").asBoolean()).isTrue();
    }

    @Test
    void editingReplacesThePersonalInformationAsEveryoneSeesIt() {
        var me = People.teacher("Marta", "IT");
        var viewer = People.teacher("Victor", "AT");
        String name = "Marta Ibáñez " + me.surname();

        var edited = edit(me.token(), """
                {"name": "%s", "bio": "  Science outdoors with my pupils.  ", "subjects": ["mathematics", "ARTS"],
                 "languages": ["EN", "fr"], "pupilsAgeFrom": 10, "pupilsAgeTo": 14}
                """.formatted(name));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        var seen = People.profile(viewer.token(), me.id()).json();
        for (JsonNode view : List.of(edited.json(), seen)) {
            assertThat(view.get("name").asText()).isEqualTo(name);
            assertThat(view.get("bio").asText()).isEqualTo("Science outdoors with my pupils.");
            assertThat(People.texts(view.get("subjects"))).containsExactly("ARTS", "MATHEMATICS");
            assertThat(People.texts(view.get("languages"))).containsExactly("en", "fr");
            assertThat(view.get("pupilsAgeFrom").asInt()).isEqualTo(10);
            assertThat(view.get("pupilsAgeTo").asInt()).isEqualTo(14);
        }

        var replaced = edit(me.token(), "{\"name\": \"%s\", \"subjects\": [\"MUSIC\"]}".formatted(name));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        var again = People.profile(viewer.token(), me.id()).json();
        assertThat(text(again, "bio")).as("the whole information is replaced").isNull();
        assertThat(People.texts(again.get("subjects"))).containsExactly("MUSIC");
        assertThat(People.texts(again.get("languages"))).isEmpty();
        assertThat(text(again, "pupilsAgeFrom")).isNull();
        assertThat(text(again, "pupilsAgeTo")).isNull();
    }

    @Test
    void aChosenNameOutlivesTheNextSignIn() {
        var me = People.teacher("Nina", "DE");
        String chosen = "Nina-Maria " + me.surname();

        assertThat(edit(me.token(), "{\"name\": \"" + chosen + "\"}").status()).isEqualTo(200);
        String nextSignIn = Keycloak.tokenOf(me.username());

        assertThat(Http.get(API + "/v1/me", nextSignIn).json().get("name").asText()).isEqualTo(chosen);
        assertThat(Http.get(ME, nextSignIn).json().get("name").asText()).isEqualTo(chosen);
    }

    @Test
    void badPersonalInformationIsRefusedNamingTheFieldAndChangesNothing() {
        var me = People.teacher("Berta", "IT");
        String valid = "{\"name\": \"Berta %s\", \"bio\": \"Kept\", \"subjects\": [\"HISTORY\"], \"languages\": [\"es\"],"
                + " \"pupilsAgeFrom\": 8, \"pupilsAgeTo\": 12}";
        assertThat(edit(me.token(), valid.formatted(me.surname())).status()).isEqualTo(200);

        People.assertRefused(edit(me.token(), "{\"name\": \"Berta\", \"subjects\": [\"ALCHEMY\"]}"), "subjects");
        People.assertRefused(edit(me.token(), "{\"name\": \"Berta\", \"languages\": [\"english\"]}"), "languages");
        People.assertRefused(edit(me.token(), "{\"name\": \"Berta\", \"pupilsAgeFrom\": 1, \"pupilsAgeTo\": 10}"),
                "pupilsAgeFrom");
        People.assertRefused(edit(me.token(), "{\"name\": \"Berta\", \"pupilsAgeFrom\": 10, \"pupilsAgeTo\": 30}"),
                "pupilsAgeTo");
        People.assertRefused(edit(me.token(), "{\"name\": \"Berta\", \"pupilsAgeFrom\": 14, \"pupilsAgeTo\": 10}"),
                "pupilsAgeTo");
        People.assertRefused(edit(me.token(), "{\"name\": \"Berta\", \"pupilsAgeFrom\": 10}"), "pupilsAgeTo");
        People.assertRefused(edit(me.token(), "{\"name\": \"   \", \"bio\": \"Changed\"}"), "name");
        People.assertRefused(edit(me.token(), "{\"bio\": \"Changed\"}"), "name");
        People.assertRefused(edit(me.token(), "{\"name\": \"Berta\", \"bio\": \"" + "x".repeat(2001) + "\"}"), "bio");
        People.assertRefused(edit(me.token(), null), "name");

        var mine = Http.get(ME, me.token()).json();
        assertThat(mine.get("name").asText()).isEqualTo("Berta " + me.surname());
        assertThat(mine.get("bio").asText()).isEqualTo("Kept");
        assertThat(People.texts(mine.get("subjects"))).containsExactly("HISTORY");
        assertThat(People.texts(mine.get("languages"))).containsExactly("es");
        assertThat(mine.get("pupilsAgeFrom").asInt()).isEqualTo(8);
        assertThat(mine.get("pupilsAgeTo").asInt()).isEqualTo(12);
    }

    @Test
    void othersReadTheEmailOnlyWhenTheOwnerShowsIt() {
        var me = People.teacher("Elsa", "IT");
        var viewer = People.teacher("Walter", "IT");

        assertThat(text(People.profile(viewer.token(), me.id()).json(), "email")).isNull();

        People.choosePrivacy(me, "REGISTERED", true, false, true);

        assertThat(text(People.profile(viewer.token(), me.id()).json(), "email"))
                .isEqualTo(me.username() + "@example.org");
    }

    @Test
    void anUnknownProfileIs404Problem() {
        People.assertProblem(People.profile(Keycloak.tokenOf("bob"), "b0000000-0000-4000-8000-00000000ffff"), 404);
        People.assertProblem(People.profile(Keycloak.tokenOf("bob"), "no-such-person"), 404);
    }

    @Test
    void aPartnerSystemHasNoProfileOfItsOwn() {
        String partner = Keycloak.partnerToken();

        People.assertProblem(Http.get(ME, partner), 403);
        People.assertProblem(edit(partner, "{\"name\": \"Partner\"}"), 403);
        People.assertProblem(People.addSchool(partner, GARCIA_LORCA), 403);
    }

    @Test
    void aPhotoBecomesAJpegOfAtMost512PixelsAndA96PixelThumbnail() {
        var me = People.teacher("Flora", "IT");
        var viewer = People.teacher("Gustav", "IT");
        assertThat(photo(viewer.token(), me.id(), false).status()).as("no photo yet").isEqualTo(404);

        var uploaded = upload(me.token(), "image/png", png(800, 600));

        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        assertThat(uploaded.json().get("photoVersion").asInt()).isEqualTo(1);
        assertThat(People.profile(viewer.token(), me.id()).json().get("photoVersion").asInt()).isEqualTo(1);
        var image = photo(viewer.token(), me.id(), false);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/jpeg");
        assertThat(image.body()[0] & 0xFF).as("JPEG magic").isEqualTo(0xFF);
        assertThat(image.body()[1] & 0xFF).isEqualTo(0xD8);
        assertThat(image.image().getWidth()).isEqualTo(512);
        assertThat(image.image().getHeight()).isEqualTo(384);
        var thumbnail = photo(viewer.token(), me.id(), true);
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.contentType()).startsWith("image/jpeg");
        assertThat(thumbnail.image().getWidth()).isEqualTo(96);
        assertThat(thumbnail.image().getHeight()).isEqualTo(96);
    }

    @Test
    void aNewPhotoReplacesTheOldWhateverTypeItIsSentAsAndIsNeverEnlarged() {
        var me = People.teacher("Greta", "IT");
        assertThat(upload(me.token(), "image/png", png(800, 600)).status()).isEqualTo(200);

        var replaced = upload(me.token(), "application/octet-stream", jpeg(300, 200));

        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().get("photoVersion").asInt()).isEqualTo(2);
        var image = photo(me.token(), me.id(), false).image();
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(200);
    }

    @Test
    void whatIsNotAnAcceptableImageIsRefusedAndChangesNothing() {
        var me = People.teacher("Hanna", "IT");
        assertThat(upload(me.token(), "image/png", png(800, 600)).status()).isEqualTo(200);
        byte[] tooBig = Arrays.copyOf(png(10, 10), 5 * 1024 * 1024 + 1);
        byte[] whole = png(400, 300);
        byte[] damaged = Arrays.copyOf(whole, whole.length / 2);

        assertPhotoRefused(upload(me.token(), "image/png", "not a picture".getBytes(StandardCharsets.UTF_8)));
        assertPhotoRefused(upload(me.token(), "image/png", "GIF89a-not-accepted".getBytes(StandardCharsets.US_ASCII)));
        assertPhotoRefused(upload(me.token(), "image/png", damaged));
        assertPhotoRefused(upload(me.token(), "image/png", tooBig));
        assertPhotoRefused(upload(me.token(), "image/jpeg", new byte[0]));
        assertThat(upload(me.token(), "text/plain", png(20, 20)).status()).isEqualTo(415);

        assertThat(Http.get(ME, me.token()).json().get("photoVersion").asInt()).isEqualTo(1);
        assertThat(photo(me.token(), me.id(), false).image().getWidth()).as("the first photo is still served")
                .isEqualTo(512);
    }

    @Test
    void aPhotoIsHiddenWithItsProfile() {
        var me = People.teacher("Ida", "IT");
        var viewer = People.teacher("Jan", "IT");
        assertThat(upload(me.token(), "image/png", png(200, 200)).status()).isEqualTo(200);
        assertThat(photo(viewer.token(), me.id(), false).status()).isEqualTo(200);
        assertThat(photo(Keycloak.partnerToken(), me.id(), false).status()).as("registered users only").isEqualTo(404);

        People.choosePrivacy(me, "CONTACTS", true, false, false);

        assertThat(photo(viewer.token(), me.id(), false).status()).isEqualTo(404);
        assertThat(photo(viewer.token(), me.id(), true).status()).isEqualTo(404);
        assertThat(photo(me.token(), me.id(), false).status()).isEqualTo(200);
    }

    @Test
    void searchEnginesAreToldToLeaveAPhotoAloneUnlessItsOwnerLetsThemIndex() {
        var me = People.teacher("Ilse", "IT");
        assertThat(upload(me.token(), "image/png", png(200, 200)).status()).isEqualTo(200);
        String picture = APP + "/photos/" + me.id();

        People.choosePrivacy(me, "EVERYONE", true, false, false);
        var notIndexable = RawHttp.get(picture, null);
        assertThat(notIndexable.status()).as("a visitor sees the photo of a profile for everyone").isEqualTo(200);
        assertThat(notIndexable.header("X-Robots-Tag")).isEqualTo("noindex");

        People.choosePrivacy(me, "EVERYONE", true, true, false);
        var indexable = RawHttp.get(picture, null);
        assertThat(indexable.status()).isEqualTo(200);
        assertThat(indexable.header("X-Robots-Tag")).isNull();
    }

    @Test
    void addingASchoolEndsTheCurrentOneAndStartsTheNewOne() {
        var me = People.teacher("Lucia", "IT");
        var viewer = People.teacher("Mateo", "IT");

        var first = People.addSchool(me.token(), GOETHE);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().at("/school/id").asText()).isEqualTo(GOETHE);
        assertThat(first.json().at("/school/name").asText()).isEqualTo("Goethe-Gymnasium");
        assertThat(first.json().at("/school/city").asText()).isEqualTo("Frankfurt am Main");
        assertThat(first.json().get("schools")).hasSize(1);
        var joined = first.json().get("schools").get(0);
        assertThat(text(joined, "endedOn")).isNull();
        assertThat(LocalDate.parse(joined.get("startedOn").asText()))
                .isIn(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC).minusDays(1));

        var second = People.addSchool(me.token(), GALILEI);

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        for (JsonNode view : List.of(second.json(), People.profile(viewer.token(), me.id()).json())) {
            assertThat(view.at("/school/id").asText()).isEqualTo(GALILEI);
            assertThat(view.get("schools")).hasSize(2);
            var current = membership(view, GALILEI);
            var previous = membership(view, GOETHE);
            assertThat(text(current, "endedOn")).as("the new school is current").isNull();
            assertThat(current.get("schoolName").asText()).isEqualTo("Liceo Scientifico Galileo Galilei");
            assertThat(text(previous, "endedOn")).as("the old school ends when the new one starts")
                    .isEqualTo(current.get("startedOn").asText());
            assertThat(view.get("schools").get(0).get("schoolId").asText()).as("current first").isEqualTo(GALILEI);
        }
        assertThat(People.search(viewer.token(), "q=" + me.surname() + "&school=" + GALILEI)).containsExactly(me.id());
        assertThat(People.search(viewer.token(), "q=" + me.surname() + "&school=" + GOETHE)).isEmpty();
    }

    @Test
    void addingASchoolSendsTheAccountBackToReviewByTheNssOfItsCountry() {
        var me = People.teacher("Mia", "ES");
        var approved = Http.send("POST", API + "/v1/validations/" + me.id(), Keycloak.tokenOf("nss-es"),
                "application/json", "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        var moved = People.addSchool(me.token(), JEAN_MOULIN);

        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(moved.json().get("validation").asText()).isEqualTo("PENDING_VALIDATION");
        var french = Http.send("POST", API + "/v1/validations/" + me.id(), Keycloak.tokenOf("nss-fr"),
                "application/json", "{\"decision\": \"APPROVE\"}");
        assertThat(french.status()).as("the French nss now reviews it: " + french.body()).isEqualTo(200);
        assertThat(Http.get(ME, me.token()).json().get("validation").asText()).isEqualTo("VALIDATED");
    }

    @Test
    void theCurrentSchoolAgainIsAConflict() {
        var me = People.teacher("Nora", "IT");
        assertThat(People.addSchool(me.token(), GOETHE).status()).isEqualTo(201);

        var again = People.addSchool(me.token(), GOETHE);

        People.assertProblem(again, 409);
        assertThat(Http.get(ME, me.token()).json().get("schools")).hasSize(1);
    }

    @Test
    void anUnknownSchoolIsRefusedNamingTheField() {
        var me = People.teacher("Olga", "IT");

        People.assertRefused(People.addSchool(me.token(), "no-such-school"), "school");
        People.assertRefused(Http.send("POST", ME + "/schools", me.token(), "application/json", "{}"), "school");
        People.assertRefused(Http.send("POST", ME + "/schools", me.token(), "application/json", null), "school");

        var mine = Http.get(ME, me.token()).json();
        assertThat(People.list(mine.get("schools"))).isEmpty();
        assertThat(text(mine, "school")).isNull();
    }

    @Test
    void schoolsAreFoundByAnyWordOfTheirNameAccentsOrNot() {
        String token = Keycloak.tokenOf("bob");

        var lorca = Http.get(API + "/v1/schools?q=lorca", token);
        var ramon = Http.get(API + "/v1/schools?q=ramon", token);
        var garcia = Http.get(API + "/v1/schools?q=" + People.encode("GARCÍA"), token);
        var abroad = Http.get(API + "/v1/schools?q=ramon&country=FR", token);

        assertThat(lorca.status()).as(lorca.body()).isEqualTo(200);
        assertThat(lorca.json().at("/items/0/name").asText()).isEqualTo("CEIP Federico García Lorca");
        assertThat(lorca.json().at("/items/0/id").asText()).isEqualTo(GARCIA_LORCA);
        assertThat(ramon.json().at("/items/0/name").asText()).isEqualTo("IES Ramón y Cajal");
        assertThat(People.ids(garcia.json().get("items"))).contains(GARCIA_LORCA);
        assertThat(abroad.json().get("total").asLong()).isZero();
    }

    @Test
    void myDataHoldsEverythingThePlatformKnowsAboutMe() {
        var me = People.teacher("Dora", "IT");
        var friend = People.teacher("Otto", "IT");
        var asker = People.teacher("Rita", "IT");
        assertThat(edit(me.token(), "{\"name\": \"%s\", \"bio\": \"Export me\", \"subjects\": [\"ARTS\"]}"
                .formatted(me.name())).status()).isEqualTo(200);
        assertThat(People.addSchool(me.token(), GOETHE).status()).isEqualTo(201);
        assertThat(People.follow(me.token(), friend.id()).status()).isEqualTo(204);
        assertThat(People.follow(friend.token(), me.id()).status()).isEqualTo(204);
        People.makeContacts(me, friend);
        assertThat(People.invite(asker.token(), me.id()).status()).isEqualTo(201);

        var export = RawHttp.get(ME + "/export", me.token());

        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        var data = export.json();
        assertThat(data.fieldNames()).toIterable().contains("exportedAt", "account", "information", "privacy",
                "schools", "contacts", "following", "followers", "contactRequests", "progression", "learning",
                "activity");
        assertThat(data.at("/account/id").asText()).isEqualTo(me.id());
        assertThat(data.at("/account/username").asText()).isEqualTo(me.username());
        assertThat(data.at("/account/email").asText()).isEqualTo(me.username() + "@example.org");
        assertThat(data.at("/account/validation").asText()).isEqualTo("PENDING_VALIDATION");
        assertThat(data.at("/information/bio").asText()).isEqualTo("Export me");
        assertThat(People.texts(data.at("/information/subjects"))).containsExactly("ARTS");
        assertThat(data.at("/privacy/visibility").asText()).isEqualTo("REGISTERED");
        assertThat(data.at("/schools/0/schoolId").asText()).isEqualTo(GOETHE);
        assertThat(People.ids(data.get("contacts"))).containsExactly(friend.id());
        assertThat(People.ids(data.get("following"))).containsExactly(friend.id());
        assertThat(People.ids(data.get("followers"))).containsExactly(friend.id());
        assertThat(People.list(data.get("contactRequests")))
                .extracting(r -> r.get("fromId").asText() + ">" + r.get("toId").asText() + ":" + r.get("status").asText())
                .containsExactlyInAnyOrder(me.id() + ">" + friend.id() + ":ACCEPTED",
                        asker.id() + ">" + me.id() + ":PENDING");
        assertThat(People.list(data.get("progression"))).extracting(c -> c.get("category").asText())
                .contains("school-added");
        assertThat(People.list(data.get("activity"))).extracting(a -> a.get("kind").asText() + ":" + a.get("reference").asText())
                .contains("school-added:" + GOETHE);
        assertThat(data.get("learning").isArray()).isTrue();
        assertThat(export.text()).as("nothing of the people around").doesNotContain(asker.username());
    }

    @Test
    void namesAreStoredInNfcAndRefuseControlAndDirectionChangingCharacters() {
        var me = People.teacher("Noa", "IT");

        for (String bad : new String[] {"Noa\\u0000", "Noa \\u202egpj.exe", "Noa\\u0007", "Noa\\u2066x"}) {
            var refused = edit(me.token(), "{\"name\": \"" + bad + "\"}");
            People.assertRefused(refused, "name");
            assertThat(refused.json().get("detail").asText()).contains("control or direction-changing");
        }
        var bio = edit(me.token(), "{\"name\": \"Noa\", \"bio\": \"line one\\nline two\\u0000\"}");
        People.assertRefused(bio, "bio");
        var decomposed = edit(me.token(), "{\"name\": \"Jose\\u0301 Nu\\u0301n\\u0303ez\", \"bio\": \"one\\r\\ntwo\"}");

        assertThat(decomposed.status()).as(decomposed.body()).isEqualTo(200);
        var stored = People.profile(me.token(), me.id()).json();
        assertThat(stored.get("name").asText()).isEqualTo("Jos\u00e9 N\u00fa\u00f1ez");
        assertThat(stored.get("bio").asText()).isEqualTo("one\ntwo");
    }

    @Test
    void myDataNamesNobodyIMayNoLongerSee() {
        var me = People.teacher("Ines", "IT");
        var shy = People.teacher("Sara", "IT");
        var open = People.teacher("Olaf", "IT");
        assertThat(People.follow(me.token(), shy.id()).status()).isEqualTo(204);
        assertThat(People.follow(me.token(), open.id()).status()).isEqualTo(204);
        assertThat(People.follow(shy.token(), me.id()).status()).isEqualTo(204);
        People.choosePrivacy(shy, "CONTACTS", true, false, false);

        var data = Http.get(ME + "/export", me.token()).json();
        var page = RawHttp.get(ME + "/export", me.token()).text();

        assertThat(People.list(data.get("following"))).extracting(f -> f.get("id").asText() + ":" + text(f, "name"))
                .containsExactlyInAnyOrder(shy.id() + ":null", open.id() + ":" + open.name());
        assertThat(People.list(data.get("followers"))).extracting(f -> f.get("id").asText() + ":" + text(f, "name"))
                .containsExactly(shy.id() + ":null");
        assertThat(page).as("the hidden person's name is nowhere in my data").doesNotContain(shy.surname());
    }

    private static Http.Answer edit(String token, String json) {
        return Http.send("PUT", ME, token, "application/json", json);
    }

    private static RawHttp.Response upload(String token, String contentType, byte[] bytes) {
        return RawHttp.send("PUT", ME + "/photo", token, contentType, bytes);
    }

    private static RawHttp.Response photo(String token, String id, boolean thumbnail) {
        return RawHttp.get(API + "/v1/people/" + id + "/photo" + (thumbnail ? "?size=thumbnail" : ""), token);
    }

    private static void assertPhotoRefused(RawHttp.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(text(answer.json(), "field")).isEqualTo("photo");
    }

    private static JsonNode membership(JsonNode view, String schoolId) {
        for (JsonNode membership : view.get("schools")) {
            if (membership.get("schoolId").asText().equals(schoolId)) {
                return membership;
            }
        }
        throw new AssertionError("no membership of " + schoolId + " in " + view);
    }

    private static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    private static byte[] jpeg(int width, int height) {
        return image(width, height, "jpg");
    }

    private static byte[] image(int width, int height, String format) {
        return org.twinninglive.support.Uploads.image(width, height, format);
    }
}
