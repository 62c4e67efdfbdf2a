package org.twinninglive.twinspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Viewer;
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

    SpaceRulesTest() {
        access.projects = new ProjectAccess();
    }

    @Test
    void membersReadAndWriteTheSpaceOthersSeeOnlyItsPublicPart() {
        var project = openWith(dan);

        assertThat(access.actionsOf(person("ana"), project))
                .containsExactlyInAnyOrder(SpaceAction.READ_PUBLIC, SpaceAction.READ, SpaceAction.EDIT_PAGES,
                        SpaceAction.DISCUSS, SpaceAction.MODERATE, SpaceAction.PUBLISH);
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
        assertThat(access.actionsOf(person("dan"), project)).containsExactlyInAnyOrder(SpaceAction.READ_PUBLIC,
                SpaceAction.READ);
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
        var page = SpacePage.write("project", null, "  Our rivers ", RichText.of("<p>First</p>"), "ana", T0);
        assertThat(page.title()).isEqualTo("Our rivers");
        assertThat(page.revision()).isEqualTo(1);

        page.edit(1, "Our rivers", RichText.of("<p>Second</p>"), "dan", T0.plusSeconds(5));
        assertThat(page.revision()).isEqualTo(2);
        assertThat(page.updatedBy()).isEqualTo("dan");
        assertThat(page.createdBy()).isEqualTo("ana");
        var saved = page.saved();
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.bodyHtml()).isEqualTo("<p>Second</p>");
        assertThat(saved.editedBy()).isEqualTo("dan");

        // ana still had version 1 open
        assertThatThrownBy(() -> page.edit(1, "Our rivers", RichText.of("<p>Ana's</p>"), "ana", T0.plusSeconds(9)))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.type().orElseThrow()).endsWith("/stale-version");
                    assertThat(refused.textArguments()).containsExactly(2);
                });
        assertThat(page.bodyHtml()).as("nothing overwritten").isEqualTo("<p>Second</p>");
        assertThat(page.revision()).isEqualTo(2);
    }

    @Test
    void aPageNeedsATitleAndSitsUnderAPageOfTheSameSpace() {
        assertThatThrownBy(() -> SpacePage.write("project", null, " ", RichText.EMPTY, "ana", T0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("title"));
        assertThatThrownBy(() -> SpacePage.write("project", null, "x".repeat(SpacePage.LONGEST_TITLE + 1), RichText.EMPTY,
                "ana", T0)).isInstanceOf(InvalidInputException.class);
        var elsewhere = SpacePage.write("other", null, "Elsewhere", RichText.EMPTY, "ana", T0);
        assertThatThrownBy(() -> SpacePage.write("project", elsewhere, "Child", RichText.EMPTY, "ana", T0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        wrong -> assertThat(wrong.field()).isEqualTo("parentId"));
        var page = SpacePage.write("project", null, "Page", RichText.EMPTY, "ana", T0);
        assertThatThrownBy(() -> page.edit(1, "Page", RichText.of("<p>" + "a".repeat(SpacePage.LONGEST_BODY) + "</p>"),
                "ana", T0)).isInstanceOfSatisfying(InvalidInputException.class,
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
        var rivers = SpacePage.write("p", null, "Rivers", RichText.EMPTY, "ana", T0);
        var agenda = SpacePage.write("p", null, "Agenda", RichText.EMPTY, "ana", T0);
        var tagus = SpacePage.write("p", rivers, "Tagus", RichText.EMPTY, "ana", T0);
        var loire = SpacePage.write("p", rivers, "Loire", RichText.EMPTY, "ana", T0);
        var source = SpacePage.write("p", loire, "Its source", RichText.EMPTY, "ana", T0);

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
