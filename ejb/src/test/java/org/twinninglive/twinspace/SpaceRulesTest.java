package org.twinninglive.twinspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;
import org.twinninglive.platform.Writer;
import org.twinninglive.projects.ApprovalStatus;
import org.twinninglive.projects.Project;
import org.twinninglive.projects.ProjectAccess;
import org.twinninglive.projects.ProjectInformation;
import org.twinninglive.projects.Teacher;

/** The rules of a TwinSpace (T1, T3) without a server: who may do what, and a page's versions. */
class SpaceRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final Teacher ana = teacher("ana", "FR");
    private final Teacher dan = teacher("dan", "IT");
    private final SpaceAccess access = new SpaceAccess();

    /** The pupils' seats by subject, and the spaces' settings, as the repository would read them. */
    private final Map<String, SpacePupil> seats = new HashMap<>();
    private final Map<String, SpacePupilSettings> settings = new HashMap<>();
    /** The spaces' guests, as "project/profile". */
    private final java.util.Set<String> guests = new java.util.HashSet<>();
    private Instant now = T0.plusSeconds(1000);

    SpaceRulesTest() {
        access.projects = new ProjectAccess();
        access.pupils = new PupilRepository() {
            @Override
            public Optional<SpacePupil> bySubject(String subject) {
                return Optional.ofNullable(seats.get(subject));
            }

            @Override
            public Optional<SpacePupilSettings> settings(String projectId) {
                return Optional.ofNullable(settings.get(projectId));
            }
        };
        access.guests = new GuestRepository() {
            @Override
            public boolean isGuest(String projectId, String profileId) {
                return guests.contains(projectId + "/" + profileId);
            }
        };
        access.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void pupilsReadReplyAndPostOnTheWallOfTheirOwnSpaceAlone() {
        var project = openWith(dan);
        var other = openWith(dan);
        var lea = pupilOf(project, "lea", false);

        assertThat(access.spaceOf(lea, Optional.of(project))).isSameAs(project);
        assertThat(access.actionsOf(lea, project)).containsExactlyInAnyOrder(SpaceAction.READ_PUBLIC, SpaceAction.READ,
                SpaceAction.REPLY, SpaceAction.POST_ON_WALL);
        for (var refused : List.of(SpaceAction.EDIT_PAGES, SpaceAction.OPEN_THREAD, SpaceAction.MODERATE,
                SpaceAction.PUBLISH, SpaceAction.MANAGE_PUPILS)) {
            assertThatThrownBy(() -> access.require(lea, project, refused)).as(refused.name())
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            f -> assertThat(f.textKey()).isEqualTo("space.pupilMayNot"));
        }
        assertThatThrownBy(() -> access.spaceOf(lea, Optional.of(other))).as("another space does not exist for her")
                .isInstanceOf(NotFoundException.class);

        var max = pupilOf(project, "max", true);
        assertThat(access.actionsOf(max, project)).as("a pupil-administrator also edits pages and opens threads")
                .contains(SpaceAction.EDIT_PAGES, SpaceAction.OPEN_THREAD).doesNotContain(SpaceAction.MANAGE_PUPILS,
                        SpaceAction.PUBLISH, SpaceAction.MODERATE);
        var removed = new Viewer(Viewer.Kind.PUPIL, Optional.of(SignedInIdentity.pupil("gone", "pgone22")),
                Optional.empty());
        assertThatThrownBy(() -> access.spaceOf(removed, Optional.of(project))).as("a pupil without a seat")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aClosedSpacesPupilsReadUntilTheGracePeriodEnds() {
        var project = openWith(dan);
        var lea = pupilOf(project, "lea", false);
        var consent = SpacePupilSettings.consentConfirmed(project.id(), "ana", T0);
        consent.graceDays(3);
        settings.put(project.id(), consent);
        project.close("ana", T0.plusSeconds(100));

        now = T0.plusSeconds(100).plus(Duration.ofDays(2));
        assertThat(access.actionsOf(lea, project)).containsExactlyInAnyOrder(SpaceAction.READ_PUBLIC, SpaceAction.READ);
        assertThatThrownBy(() -> access.require(lea, project, SpaceAction.REPLY))
                .isInstanceOfSatisfying(ConflictException.class,
                        c -> assertThat(c.type().orElseThrow()).endsWith("/space-archived"));
        var max = pupilOf(project, "max", true);
        for (var change : List.of(SpaceAction.EDIT_PAGES, SpaceAction.OPEN_THREAD)) {
            assertThatThrownBy(() -> access.require(max, project, change)).as("a pupil-administrator's " + change)
                    .isInstanceOfSatisfying(ConflictException.class,
                            c -> assertThat(c.type().orElseThrow()).endsWith("/space-archived"));
        }
        assertThatThrownBy(() -> access.require(lea, project, SpaceAction.EDIT_PAGES)).as("never hers, archived or not")
                .isInstanceOf(ForbiddenException.class);

        now = T0.plusSeconds(100).plus(Duration.ofDays(3));
        assertThatThrownBy(() -> access.spaceOf(lea, Optional.of(project))).as("her login has ended")
                .isInstanceOf(NotFoundException.class);
        project.reopen("ana");
        assertThat(access.spaceOf(lea, Optional.of(project))).as("reopening reopens it").isSameAs(project);
        assertThatThrownBy(() -> consent.graceDays(366)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consent.graceDays(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPupilsLoginHasAReadableGeneratedNameAndPasswordAndANickname() {
        var name = SpacePupil.newUsername();
        var password = SpacePupil.newPassword();
        assertThat(name).hasSize(SpacePupil.USERNAME_LENGTH).startsWith("p").matches("[a-z2-9]+")
                .doesNotContain("0", "o", "1", "l", "i");
        assertThat(password).hasSize(SpacePupil.PASSWORD_LENGTH).matches("[a-hjkmnp-z2-9]+");
        assertThat(SpacePupil.newPassword()).as("drawn at random").isNotEqualTo(password);
        assertThat(SpacePupil.nickname("  Léa ")).isEqualTo("Léa");
        assertThatThrownBy(() -> SpacePupil.nickname("Léa\u0007")).as("a pasted control character")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SpacePupil.nickname("x".repeat(SpacePupil.LONGEST_NICKNAME + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, w -> assertThat(w.field()).isEqualTo("nicknames"));
        assertThatThrownBy(() -> SpacePupil.nickname(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aWallPostIsPlainTextAndAHiddenOneIsKept() {
        var post = SpaceWallPost.write("project", null, "pupil-1", "  Hello from Lyon! <b>hi</b> ", T0);
        assertThat(post.body()).isEqualTo("Hello from Lyon! <b>hi</b>");
        post.hide("ana", T0.plusSeconds(1));
        assertThat(post.hidden()).isTrue();
        assertThat(post.body()).as("kept for the record").isNotEmpty();
        assertThatThrownBy(() -> post.hide("dan", T0.plusSeconds(2))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> SpaceWallPost.write("project", "ana", null, "x".repeat(1001), T0))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Writer(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Writer("ana", "pupil-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPupilAdministratorsVersionIsTheirsNotAProfiles() {
        var page = SpacePage.write("project", null, "Our rivers", RichText.of("<p>First</p>"), Writer.person("ana"), T0);
        page.edit(1, "Our rivers", RichText.of("<p>Max's</p>"), Writer.pupil("pupil-max"), T0.plusSeconds(5));
        assertThat(page.updatedBy()).isNull();
        assertThat(page.updatedByPupil()).isEqualTo("pupil-max");
        assertThat(page.saved().editedByPupil()).isEqualTo("pupil-max");
        assertThat(page.createdBy()).isEqualTo("ana");
    }

    private Viewer pupilOf(Project project, String nickname, boolean administrator) {
        var seat = SpacePupil.of(project.id(), "subject-" + nickname, "p" + nickname, nickname, "ana", T0);
        seat.administrator(administrator);
        seats.put(seat.subject(), seat);
        return new Viewer(Viewer.Kind.PUPIL, Optional.of(SignedInIdentity.pupil(seat.subject(), seat.username())),
                Optional.empty());
    }

    @Test
    void membersReadAndWriteTheSpaceOthersSeeOnlyItsPublicPart() {
        var project = openWith(dan);

        assertThat(access.actionsOf(person("ana"), project))
                .containsExactlyInAnyOrder(SpaceAction.values());
        assertThat(access.actionsOf(person("dan"), project)).as("a partner administers it too")
                .contains(SpaceAction.EDIT_PAGES);
        for (var outsider : List.of(person("eva"), Viewer.VISITOR)) {
            assertThat(access.actionsOf(outsider, project)).containsExactly(SpaceAction.READ_PUBLIC);
            assertThatThrownBy(() -> access.require(outsider, project, SpaceAction.READ))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> access.require(outsider, project, SpaceAction.EDIT_PAGES))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(access.spaceOf(Viewer.VISITOR, Optional.of(project))).isSameAs(project);
    }

    @Test
    void aGuestReadsAndRepliesAndIsToldWhatElseIsTheMembers() {
        var project = openWith(dan);
        guests.add(project.id() + "/eva");
        var eva = person("eva");

        assertThat(access.actionsOf(eva, project)).containsExactlyInAnyOrder(SpaceAction.READ_PUBLIC, SpaceAction.READ,
                SpaceAction.REPLY);
        for (var refused : List.of(SpaceAction.EDIT_PAGES, SpaceAction.OPEN_THREAD, SpaceAction.MODERATE,
                SpaceAction.PUBLISH, SpaceAction.POST_ON_WALL, SpaceAction.MANAGE_PUPILS, SpaceAction.MANAGE_GUESTS)) {
            assertThatThrownBy(() -> access.require(eva, project, refused)).as(refused.name())
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            f -> assertThat(f.textKey()).isEqualTo("space.guestMayNot"));
        }
        assertThat(access.actionsOf(person("fay"), project)).as("not every teacher").containsExactly(
                SpaceAction.READ_PUBLIC);
        project.close("ana", T0.plusSeconds(100));
        assertThatThrownBy(() -> access.require(eva, project, SpaceAction.REPLY)).as("archived")
                .isInstanceOf(ConflictException.class);
        assertThat(access.actionsOf(eva, project)).contains(SpaceAction.READ);
    }

    @Test
    void aPendingOrRejectedProjectHasNoSpaceEvenForItsFounder() {
        var pending = Project.create(ana, information(), T0);
        assertThatThrownBy(() -> access.spaceOf(person("ana"), Optional.of(pending)))
                .isInstanceOf(NotFoundException.class);
        var rejected = Project.create(ana, information(), T0);
        rejected.decide("FR", ApprovalStatus.REJECTED, "officer-fr", "Too vague.", T0.plusSeconds(1));
        assertThatThrownBy(() -> access.spaceOf(person("ana"), Optional.of(rejected)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.spaceOf(Viewer.VISITOR, Optional.empty())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void closingTheProjectArchivesTheSpaceAndReopeningItReopensTheSpace() {
        var project = openWith(dan);
        project.close("ana", T0.plusSeconds(100));

        assertThat(SpaceAccess.archived(project)).isTrue();
        assertThat(access.actionsOf(person("dan"), project)).as("teachers still manage the pupils' logins and guests")
                .containsExactlyInAnyOrder(SpaceAction.READ_PUBLIC, SpaceAction.READ, SpaceAction.MANAGE_PUPILS,
                        SpaceAction.MANAGE_GUESTS);
        assertThatThrownBy(() -> access.require(person("dan"), project, SpaceAction.EDIT_PAGES))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.type().orElseThrow()).endsWith("/space-archived");
                    assertThat(refused.textKey()).isEqualTo("space.archived");
                });
        assertThatThrownBy(() -> access.require(person("eva"), project, SpaceAction.EDIT_PAGES))
                .as("an outsider still learns nothing").isInstanceOf(NotFoundException.class);

        project.reopen("ana");
        access.require(person("dan"), project, SpaceAction.EDIT_PAGES);
    }

    @Test
    void everySaveIsANewVersionAndAnEditFromAnOlderVersionIsRefused() {
        var page = SpacePage.write("project", null, "  Our rivers ", RichText.of("<p>First</p>"), Writer.person("ana"), T0);
        assertThat(page.title()).isEqualTo("Our rivers");
        assertThat(page.revision()).isEqualTo(1);

        page.edit(1, "Our rivers", RichText.of("<p>Second</p>"), Writer.person("dan"), T0.plusSeconds(5));
        assertThat(page.revision()).isEqualTo(2);
        assertThat(page.updatedBy()).isEqualTo("dan");
        assertThat(page.createdBy()).isEqualTo("ana");
        var saved = page.saved();
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.bodyHtml()).isEqualTo("<p>Second</p>");
        assertThat(saved.editedBy()).isEqualTo("dan");

        // ana still had version 1 open
        assertThatThrownBy(() -> page.edit(1, "Our rivers", RichText.of("<p>Ana's</p>"), Writer.person("ana"), T0.plusSeconds(9)))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.type().orElseThrow()).endsWith("/stale-version");
                    assertThat(refused.textArguments()).containsExactly(2);
                });
        assertThat(page.bodyHtml()).as("nothing overwritten").isEqualTo("<p>Second</p>");
        assertThat(page.revision()).isEqualTo(2);
    }

    @Test
    void aPageNeedsATitleAndSitsUnderAPageOfTheSameSpace() {
        assertThatThrownBy(() -> SpacePage.write("project", null, " ", RichText.EMPTY, Writer.person("ana"), T0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("title"));
        assertThatThrownBy(() -> SpacePage.write("project", null, "x".repeat(SpacePage.LONGEST_TITLE + 1), RichText.EMPTY,
                Writer.person("ana"), T0)).isInstanceOf(InvalidInputException.class);
        var elsewhere = SpacePage.write("other", null, "Elsewhere", RichText.EMPTY, Writer.person("ana"), T0);
        assertThatThrownBy(() -> SpacePage.write("project", elsewhere, "Child", RichText.EMPTY, Writer.person("ana"), T0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        wrong -> assertThat(wrong.field()).isEqualTo("parentId"));
        var page = SpacePage.write("project", null, "Page", RichText.EMPTY, Writer.person("ana"), T0);
        assertThatThrownBy(() -> page.edit(1, "Page", RichText.of("<p>" + "a".repeat(SpacePage.LONGEST_BODY) + "</p>"),
                Writer.person("ana"), T0)).isInstanceOfSatisfying(InvalidInputException.class,
                        wrong -> assertThat(wrong.field()).isEqualTo("body"));
        assertThat(page.revision()).isEqualTo(1);
    }

    @Test
    void aBlogPostNeedsATitleAndWords() {
        var post = SpaceBlogPost.publish("project", " Our map ", RichText.of("<p>Rivers</p>"), "ana", T0);
        assertThat(post.title()).isEqualTo("Our map");
        assertThat(post.bodyText()).isEqualTo("Rivers");
        assertThatThrownBy(() -> SpaceBlogPost.publish("project", "", RichText.of("<p>Rivers</p>"), "ana", T0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("title"));
        assertThatThrownBy(() -> SpaceBlogPost.publish("project", "Our map", RichText.EMPTY, "ana", T0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("body"));
    }

    @Test
    void theTreeListsEachPagesChildrenByTitleRightAfterIt() {
        var rivers = SpacePage.write("p", null, "Rivers", RichText.EMPTY, Writer.person("ana"), T0);
        var agenda = SpacePage.write("p", null, "Agenda", RichText.EMPTY, Writer.person("ana"), T0);
        var tagus = SpacePage.write("p", rivers, "Tagus", RichText.EMPTY, Writer.person("ana"), T0);
        var loire = SpacePage.write("p", rivers, "Loire", RichText.EMPTY, Writer.person("ana"), T0);
        var source = SpacePage.write("p", loire, "Its source", RichText.EMPTY, Writer.person("ana"), T0);

        var tree = SpaceService.tree(List.of(tagus, source, rivers, loire, agenda));

        assertThat(tree).extracting(SpacePageSummary::title)
                .containsExactly("Agenda", "Rivers", "Loire", "Its source", "Tagus");
        assertThat(tree).extracting(SpacePageSummary::depth).containsExactly(0, 0, 1, 2, 1);
    }

    private Project openWith(Teacher partner) {
        var project = Project.create(ana, information(), T0);
        project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, T0.plusSeconds(1));
        var invitation = project.invite("ana", partner, T0.plusSeconds(2));
        project.accept(invitation.id(), partner, T0.plusSeconds(3));
        return project;
    }

    private static Viewer person(String profileId) {
        return new Viewer(Viewer.Kind.PERSON, Optional.empty(), Optional.of(profileId));
    }

    private static Teacher teacher(String id, String country) {
        return new Teacher(id, "school-" + id, "School " + id, country, true, Teacher.Contact.CONTACT);
    }

    private static ProjectInformation information() {
        return ProjectInformation.of("Water", "<p>Rivers</p>", List.of("SCIENCE"), 10, 12, List.of("en"), null, null);
    }
}
