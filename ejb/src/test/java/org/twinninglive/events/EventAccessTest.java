package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Viewer;

/** Who reads and adds to an event's documents (E5), by the one rule of {@link EventAccess}. */
class EventAccessTest {

    private static final Instant NOW = Instant.now();
    private static final String ORGANISER = "b0000000-0000-4000-8000-0000000000a1";
    private static final String PARTICIPANT = "b0000000-0000-4000-8000-0000000000a2";
    private static final String WAITING = "b0000000-0000-4000-8000-0000000000a3";
    private static final String INVITED = "b0000000-0000-4000-8000-0000000000a4";
    private static final String DECLINED = "b0000000-0000-4000-8000-0000000000a5";
    private static final String STRANGER = "b0000000-0000-4000-8000-0000000000a6";

    private final EventAccess access = new EventAccess();

    @Test
    void aPublicEventsDocumentsAreForItsOrganisersAndThoseWithASeat() {
        var event = event("PUBLIC", 1);
        event.register(PARTICIPANT, NOW);
        event.register(WAITING, NOW);

        assertThat(access.documentsOf(person(ORGANISER), Optional.of(event))).isSameAs(event);
        assertThat(access.documentsOf(person(PARTICIPANT), Optional.of(event))).isSameAs(event);
        for (var refused : List.of(person(WAITING), person(STRANGER), Viewer.VISITOR)) {
            assertThatThrownBy(() -> access.documentsOf(refused, Optional.of(event)))
                    .as("%s knows the event but takes no part", refused.profileId())
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void aPrivateEventsDocumentsAreForTheInvitedTooAndDoNotExistForOthers() {
        var event = event("PRIVATE", null);
        event.invite(List.of(INVITED, DECLINED), ORGANISER, NOW);
        event.decline(DECLINED, NOW);

        assertThat(access.takesPart(person(INVITED), event)).isTrue();
        assertThat(access.takesPart(person(ORGANISER), event)).isTrue();
        assertThatThrownBy(() -> access.documentsOf(person(DECLINED), Optional.of(event)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> access.documentsOf(person(STRANGER), Optional.of(event)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.documentsOf(person(STRANGER), Optional.empty()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void organisersRemoveAnyDocumentTheOthersTheirOwn() {
        var event = event("PUBLIC", null);
        event.register(PARTICIPANT, NOW);

        assertThat(access.removesDocument(person(ORGANISER), event, PARTICIPANT)).isTrue();
        assertThat(access.removesDocument(person(PARTICIPANT), event, PARTICIPANT)).isTrue();
        assertThat(access.removesDocument(person(PARTICIPANT), event, ORGANISER)).isFalse();
    }

    private static Viewer person(String profileId) {
        return new Viewer(Viewer.Kind.PERSON, Optional.empty(), Optional.of(profileId));
    }

    private static Event event(String visibility, Integer capacity) {
        var start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        return Event.organise(ORGANISER, EventDetails.of("Slides day", "<p>Welcome.</p>", "WORKSHOP", "ONLINE", null,
                start.toString(), start.plusHours(1).toString(), null, "en", visibility, capacity, true),
                ZoneId.of("Europe/Madrid"), NOW);
    }
}
