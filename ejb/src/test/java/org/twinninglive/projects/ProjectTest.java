package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;

class ProjectTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** The founder. */
    private final Teacher ana = teacher("ana", "FR");
    /** A co-founder from another country. */
    private final Teacher ben = teacher("ben", "DE");
    /** A co-founder from the founder's country. */
    private final Teacher chloe = teacher("chloe", "FR");
    /** Partners. */
    private final Teacher dan = teacher("dan", "IT");
    private final Teacher eva = teacher("eva", "PL");

    // ---------------------------------------------------------------- create

    @Test
    void aTeacherNotYetValidatedCannotCreateAProject() {
        assertThatThrownBy(() -> Project.create(notValidated("ana", "FR"), information(), at(0)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aTeacherWithoutACurrentSchoolCannotCreateAProject() {
        assertThatThrownBy(() -> Project.create(withoutSchool("ana", "FR"), information(), at(0)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aNewProjectIsPendingWithItsCreatorAsFounderAndTheirCountryAwaitingItsNss() {
        var project = pending();

        assertThat(project.status()).isEqualTo(ProjectStatus.PENDING);
        assertThat(project.title()).isEqualTo("Water");
        assertThat(project.createdBy()).isEqualTo("ana");
        assertThat(project.createdAt()).isEqualTo(at(0));
        assertThat(project.openedAt()).isNull();
        assertThat(project.members()).singleElement().satisfies(member -> {
            assertThat(member.profileId()).isEqualTo("ana");
            assertThat(member.role()).isEqualTo(PartnerRole.FOUNDER);
            assertThat(member.schoolId()).isEqualTo("school-ana");
            assertThat(member.country()).isEqualTo("FR");
        });
        assertThat(project.approvals()).singleElement().satisfies(approval -> {
            assertThat(approval.country()).isEqualTo("FR");
            assertThat(approval.status()).isEqualTo(ApprovalStatus.PENDING);
        });
        assertThat(project.awaits("FR")).isTrue();
    }

    @Test
    void theFounderOfANewProjectMayEditItAndInviteACoFounder() {
        assertThat(pending().actionsOf("ana")).containsExactlyInAnyOrder(ProjectAction.EDIT, ProjectAction.INVITE);
    }

    // ---------------------------------------------------------------- invite: each cause, in the teacher's order

    @Test
    void nobodyCanInviteThemselvesEvenToAClosedProject() {
        var project = closed();

        assertRefusedAs("self-invitation", () -> project.invite("ana", ana, at(200)));
    }

    @Test
    void nobodyCanBeInvitedToAClosedProjectNotEvenOneOfItsMembers() {
        var project = closed();

        assertRefusedAs("project-closed", () -> project.invite("ana", dan, at(200)));
        assertRefusedAs("project-closed", () -> project.invite("ana", eva, at(201)));
        assertThat(project.invitations()).noneMatch(i -> i.inviteeId().equals("eva"));
    }

    @Test
    void nobodyCanBeInvitedToARejectedProject() {
        var project = rejected();

        assertRefusedAs("project-closed", () -> project.invite("ana", ben, at(5)));
    }

    @Test
    void aMemberCannotBeInvitedAgainEvenWhenNoLongerAContact() {
        var project = openWith(dan);

        assertRefusedAs("already-partner",
                () -> project.invite("ana", withContact("dan", "IT", Teacher.Contact.NONE), at(50)));
    }

    @Test
    void someoneAlreadyInvitedCannotBeInvitedAgainBeforeAnswering() {
        var project = open();
        project.invite("ana", dan, at(10));

        assertRefusedAs("already-invited",
                () -> project.invite("ana", withContact("dan", "IT", Teacher.Contact.NONE), at(11)));
        assertThat(project.invitations()).hasSize(1);
    }

    @Test
    void onlyContactsCanBeInvited() {
        var project = open();
        var stranger = new Teacher("fay", null, null, "ES", false, Teacher.Contact.NONE);

        assertRefusedAs("not-a-contact", () -> project.invite("ana", stranger, at(10)));
    }

    @Test
    void aContactRequestNotYetAcceptedIsNotEnoughToInvite() {
        var project = open();
        var requested = new Teacher("fay", null, null, "ES", false, Teacher.Contact.REQUEST_PENDING);

        assertRefusedAs("contact-pending", () -> project.invite("ana", requested, at(10)));
    }

    @Test
    void aContactNotYetValidatedByTheirNssCannotBeInvited() {
        var project = open();
        var unvalidated = new Teacher("fay", null, null, "ES", false, Teacher.Contact.CONTACT);

        assertRefusedAs("not-validated", () -> project.invite("ana", unvalidated, at(10)));
    }

    @Test
    void aContactWithoutACurrentSchoolCannotBeInvitedEvenAsASecondCoFounder() {
        var project = pending();
        project.invite("ana", ben, at(1));

        assertRefusedAs("no-current-school", () -> project.invite("ana", withoutSchool("fay", "ES"), at(2)));
    }

    @Test
    void aPendingProjectTakesASingleCoFounderInvitation() {
        var project = pending();
        project.invite("ana", ben, at(1));

        assertRefusedAs("project-pending", () -> project.invite("ana", dan, at(2)));
        assertThat(project.invitations()).hasSize(1);
    }

    @Test
    void aPendingProjectWithItsCoFounderTakesNoFurtherInvitation() {
        var project = pendingWithCoFounder(ben);

        assertRefusedAs("project-pending", () -> project.invite("ana", dan, at(3)));
        assertRefusedAs("project-pending", () -> project.invite("ben", dan, at(4)));
    }

    @Test
    void aDeclinedCoFounderInvitationLeavesRoomForAnother() {
        var project = pending();
        var first = project.invite("ana", ben, at(1));
        project.decline(first.id(), "ben", at(2));

        var second = project.invite("ana", chloe, at(3));

        assertThat(second.role()).isEqualTo(PartnerRole.FOUNDER);
        assertThat(second.pending()).isTrue();
    }

    @Test
    void onlyFoundersInvite() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.invite("dan", eva, at(50))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> project.invite("zoe", eva, at(51))).isInstanceOf(ForbiddenException.class);
        assertThat(project.invitations()).noneMatch(i -> i.inviteeId().equals("eva"));
    }

    @Test
    void anInvitationWhilePendingIsToFoundTheProjectTogether() {
        var project = pending();

        var invitation = project.invite("ana", ben, at(1));

        assertThat(invitation.role()).isEqualTo(PartnerRole.FOUNDER);
        assertThat(invitation.inviterId()).isEqualTo("ana");
        assertThat(invitation.inviteeId()).isEqualTo("ben");
        assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(project.invitation(invitation.id())).containsSame(invitation);
    }

    @Test
    void anInvitationToAnOpenProjectIsToJoinItAsAPartner() {
        var project = open();

        var invitation = project.invite("ana", dan, at(10));

        assertThat(invitation.role()).isEqualTo(PartnerRole.PARTNER);
        assertThat(invitation.pending()).isTrue();
    }

    // ---------------------------------------------------------------- accept / decline

    @Test
    void aCoFounderFromAnotherCountryAcceptingBecomesAFounderAndAddsTheirCountrysDecision() {
        var project = pending();
        var invitation = project.invite("ana", ben, at(1));

        var member = project.accept(invitation.id(), ben, at(2));

        assertThat(member.role()).isEqualTo(PartnerRole.FOUNDER);
        assertThat(member.joinedAt()).isEqualTo(at(2));
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana", "ben");
        assertThat(project.approvals()).extracting(CountryApproval::country).containsExactly("FR", "DE");
        assertThat(project.approval("DE")).hasValueSatisfying(
                approval -> assertThat(approval.status()).isEqualTo(ApprovalStatus.PENDING));
        assertThat(project.status()).isEqualTo(ProjectStatus.PENDING);
        assertThat(invitation.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(invitation.decidedAt()).isEqualTo(at(2));
    }

    @Test
    void aCoFounderFromTheFounderCountryAddsNoSecondDecision() {
        var project = pendingWithCoFounder(chloe);

        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana", "chloe");
        assertThat(project.approvals()).singleElement()
                .satisfies(approval -> assertThat(approval.country()).isEqualTo("FR"));
    }

    @Test
    void aPartnerAcceptingJoinsTheOpenProjectWithTheirSchool() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));

        var member = project.accept(invitation.id(), dan, at(11));

        assertThat(member.role()).isEqualTo(PartnerRole.PARTNER);
        assertThat(member.schoolName()).isEqualTo("School dan");
        assertThat(project.member("dan")).containsSame(member);
        assertThat(project.approvals()).hasSize(1);
        assertThat(project.countries()).containsExactly("FR", "IT");
    }

    @Test
    void anInvitationCannotBeAcceptedTwice() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));
        project.accept(invitation.id(), dan, at(11));

        assertThatThrownBy(() -> project.accept(invitation.id(), dan, at(12))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> project.decline(invitation.id(), "dan", at(12))).isInstanceOf(ConflictException.class);
        assertThat(project.members()).hasSize(2);
        assertThat(invitation.status()).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void aDeclinedInvitationCannotBeAcceptedAfterwards() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));
        project.decline(invitation.id(), "dan", at(11));

        assertThatThrownBy(() -> project.accept(invitation.id(), dan, at(12))).isInstanceOf(ConflictException.class);
        assertThat(invitation.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(project.member("dan")).isEmpty();
    }

    @Test
    void nobodyCanAnswerSomeoneElsesInvitation() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));

        assertThatThrownBy(() -> project.accept(invitation.id(), eva, at(11))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> project.decline(invitation.id(), "eva", at(11))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> project.accept("no-such-invitation", dan, at(11)))
                .isInstanceOf(NotFoundException.class);
        assertThat(invitation.pending()).isTrue();
        assertThat(project.member("eva")).isEmpty();
    }

    @Test
    void anInviteeNotValidatedAnyMoreCannotAcceptYet() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));

        assertThatThrownBy(() -> project.accept(invitation.id(), notValidated("dan", "IT"), at(11)))
                .isInstanceOf(ConflictException.class);
        assertThat(invitation.pending()).isTrue();
        assertThat(project.member("dan")).isEmpty();
    }

    @Test
    void anInviteeWithoutACurrentSchoolCannotAccept() {
        var project = pending();
        var invitation = project.invite("ana", ben, at(1));

        assertThatThrownBy(() -> project.accept(invitation.id(), withoutSchool("ben", "DE"), at(2)))
                .isInstanceOf(ConflictException.class);
        assertThat(invitation.pending()).isTrue();
        assertThat(project.approvals()).hasSize(1);
    }

    @Test
    void anInvitationToAProjectClosedMeanwhileCannotBeAccepted() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));
        project.close("ana", at(11));

        assertThatThrownBy(() -> project.accept(invitation.id(), dan, at(12))).isInstanceOf(ConflictException.class);
        assertThat(project.member("dan")).isEmpty();
        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
    }

    // ---------------------------------------------------------------- decide

    @Test
    void theApprovalOfTheOnlyFounderCountryOpensTheProject() {
        var project = pending();

        boolean opened = project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, at(1));

        assertThat(opened).isTrue();
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(project.openedAt()).isEqualTo(at(1));
        assertThat(project.approval("FR")).hasValueSatisfying(approval -> {
            assertThat(approval.status()).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(approval.decidedAt()).isEqualTo(at(1));
        });
        assertThat(project.awaits("FR")).isFalse();
    }

    @Test
    void withTwoFounderCountriesTheProjectStaysPendingUntilTheSecondApproves() {
        var project = pendingWithCoFounder(ben);

        boolean openedByFrance = project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, at(3));

        assertThat(openedByFrance).isFalse();
        assertThat(project.status()).isEqualTo(ProjectStatus.PENDING);
        assertThat(project.openedAt()).isNull();
        assertThat(project.awaits("FR")).isFalse();
        assertThat(project.awaits("DE")).isTrue();

        boolean openedByGermany = project.decide("DE", ApprovalStatus.APPROVED, "officer-de", null, at(4));

        assertThat(openedByGermany).isTrue();
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(project.openedAt()).isEqualTo(at(4));
    }

    @Test
    void aRejectionNeedsAReason() {
        var project = pending();

        assertThatThrownBy(() -> project.decide("FR", ApprovalStatus.REJECTED, "officer-fr", null, at(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> project.decide("FR", ApprovalStatus.REJECTED, "officer-fr", "  ", at(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(project.status()).isEqualTo(ProjectStatus.PENDING);
        assertThat(project.awaits("FR")).isTrue();
    }

    @Test
    void aRejectionRejectsTheProjectWithItsReasonAndCancelsItsPendingInvitations() {
        var project = pending();
        var invitation = project.invite("ana", ben, at(1));

        boolean opened = project.decide("FR", ApprovalStatus.REJECTED, "officer-fr", "No pupils involved.", at(2));

        assertThat(opened).isFalse();
        assertThat(project.status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(project.rejectionReason()).isEqualTo("No pupils involved.");
        assertThat(project.openedAt()).isNull();
        assertThat(project.approval("FR")).hasValueSatisfying(approval -> {
            assertThat(approval.status()).isEqualTo(ApprovalStatus.REJECTED);
            assertThat(approval.reason()).isEqualTo("No pupils involved.");
        });
        assertThat(invitation.status()).isEqualTo(InvitationStatus.CANCELLED);
    }

    @Test
    void aCountryWhoseDecisionIsNotAwaitedCannotDecide() {
        var project = pending();

        assertThatThrownBy(() -> project.decide("IT", ApprovalStatus.APPROVED, "officer-it", null, at(1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(project.status()).isEqualTo(ProjectStatus.PENDING);
    }

    @Test
    void aCountryDecidesOnlyOnce() {
        var project = pendingWithCoFounder(ben);
        project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, at(3));

        assertThatThrownBy(() -> project.decide("FR", ApprovalStatus.REJECTED, "officer-fr", "Changed my mind", at(4)))
                .isInstanceOf(NotFoundException.class);
        assertThat(project.status()).isEqualTo(ProjectStatus.PENDING);
        assertThat(project.approval("FR")).hasValueSatisfying(
                approval -> assertThat(approval.status()).isEqualTo(ApprovalStatus.APPROVED));
    }

    @Test
    void afterOneCountryRejectsTheOtherHasNothingLeftToDecide() {
        var project = pendingWithCoFounder(ben);
        project.decide("FR", ApprovalStatus.REJECTED, "officer-fr", "Too vague.", at(3));

        assertThatThrownBy(() -> project.decide("DE", ApprovalStatus.APPROVED, "officer-de", null, at(4)))
                .isInstanceOf(NotFoundException.class);
        assertThat(project.status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(project.awaits("DE")).isFalse();
    }

    @Test
    void aCoFounderInvitationStillUnansweredWhenTheProjectOpensBecomesAPartners() {
        var project = pending();
        var invitation = project.invite("ana", ben, at(1));

        project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, at(2));

        assertThat(invitation.role()).isEqualTo(PartnerRole.PARTNER);
        assertThat(invitation.pending()).isTrue();
        var member = project.accept(invitation.id(), ben, at(3));
        assertThat(member.role()).isEqualTo(PartnerRole.PARTNER);
        assertThat(project.approvals()).hasSize(1);
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana");
    }

    // ---------------------------------------------------------------- edit / close / reopen

    @Test
    void foundersEditAPendingProjectButPartnersCannotEditAnOpenOne() {
        var pending = pending();
        pending.edit("ana", information("Rivers"));
        var open = openWith(dan);

        assertThat(pending.title()).isEqualTo("Rivers");
        assertThatThrownBy(() -> open.edit("dan", information("Mine"))).isInstanceOf(ForbiddenException.class);
        assertThat(open.title()).isEqualTo("Water");
    }

    @Test
    void aClosedOrRejectedProjectCannotBeEdited() {
        var closed = closed();
        var rejected = rejected();

        assertThatThrownBy(() -> closed.edit("ana", information("Rivers"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rejected.edit("ana", information("Rivers"))).isInstanceOf(ConflictException.class);
        assertThat(closed.title()).isEqualTo("Water");
        assertThat(rejected.title()).isEqualTo("Water");
    }

    @Test
    void aFounderClosesAnOpenProjectAndItsPendingInvitationsAreCancelled() {
        var project = openWith(dan);
        var invitation = project.invite("ana", eva, at(50));

        project.close("ana", at(60));

        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(project.closedAt()).isEqualTo(at(60));
        assertThat(invitation.status()).isEqualTo(InvitationStatus.CANCELLED);
        assertThat(project.members()).hasSize(2);
    }

    @Test
    void aPartnerCannotCloseNorReopenTheProject() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.close("dan", at(50))).isInstanceOf(ForbiddenException.class);
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);

        project.close("ana", at(51));

        assertThatThrownBy(() -> project.reopen("dan")).isInstanceOf(ForbiddenException.class);
        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
    }

    @Test
    void onlyAnOpenProjectCanBeClosed() {
        var pending = pending();
        var rejected = rejected();
        var closed = closed();

        assertThatThrownBy(() -> pending.close("ana", at(200))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rejected.close("ana", at(200))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> closed.close("ana", at(200))).isInstanceOf(ConflictException.class);
        assertThat(pending.status()).isEqualTo(ProjectStatus.PENDING);
        assertThat(rejected.status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(closed.closedAt()).isEqualTo(at(100));
    }

    @Test
    void aFounderReopensAClosedProject() {
        var project = closed();

        project.reopen("ana");

        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(project.closedAt()).isNull();
    }

    @Test
    void onlyAClosedProjectCanBeReopened() {
        var open = open();
        var pending = pending();
        var rejected = rejected();

        assertThatThrownBy(() -> open.reopen("ana")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pending.reopen("ana")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rejected.reopen("ana")).isInstanceOf(ConflictException.class);
        assertThat(pending.status()).isEqualTo(ProjectStatus.PENDING);
        assertThat(rejected.status()).isEqualTo(ProjectStatus.REJECTED);
    }

    // ---------------------------------------------------------------- remove / setRole / leave

    @Test
    void partnersChangeOnlyOnceTheProjectIsOpen() {
        var project = pendingWithCoFounder(ben);

        assertThatThrownBy(() -> project.remove("ana", "ben")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> project.setRole("ana", "ben", PartnerRole.PARTNER))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> project.leave("ben", null)).isInstanceOf(ConflictException.class);
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana", "ben");
    }

    @Test
    void aClosedProjectKeepsItsMembers() {
        var project = closed();

        assertThatThrownBy(() -> project.remove("ana", "dan")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> project.leave("dan", null)).isInstanceOf(ConflictException.class);
        assertThat(project.member("dan")).isPresent();
    }

    @Test
    void aFounderRemovesAPartner() {
        var project = openWith(dan, eva);

        project.remove("ana", "dan");

        assertThat(project.member("dan")).isEmpty();
        assertThat(project.members()).extracting(ProjectMember::profileId).containsExactly("ana", "eva");
    }

    @Test
    void aFounderCannotRemoveThemselves() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.remove("ana", "ana"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("userId"));
        assertThat(project.member("ana")).isPresent();
    }

    @Test
    void removingOrSettingTheRoleOfSomeoneWhoIsNoMemberIsNotFound() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.remove("ana", "zoe")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> project.setRole("ana", "zoe", PartnerRole.FOUNDER))
                .isInstanceOf(NotFoundException.class);
        assertThat(project.members()).hasSize(2);
    }

    @Test
    void aPartnerCannotRemoveMembersNorSetRoles() {
        var project = openWith(dan, eva);

        assertThatThrownBy(() -> project.remove("dan", "eva")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> project.setRole("dan", "dan", PartnerRole.FOUNDER))
                .isInstanceOf(ForbiddenException.class);
        assertThat(project.member("eva")).isPresent();
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana");
    }

    @Test
    void theLastFounderCannotBeDemoted() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.setRole("ana", "ana", PartnerRole.PARTNER))
                .isInstanceOf(ConflictException.class);
        assertThat(project.member("ana")).hasValueSatisfying(member -> assertThat(member.founder()).isTrue());
    }

    @Test
    void aFounderPromotesAPartnerAndMayThenStepDown() {
        var project = openWith(dan);

        project.setRole("ana", "dan", PartnerRole.FOUNDER);

        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana", "dan");

        project.setRole("ana", "ana", PartnerRole.PARTNER);

        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("dan");
    }

    @Test
    void aPartnerLeaves() {
        var project = openWith(dan, eva);

        project.leave("dan", null);

        assertThat(project.members()).extracting(ProjectMember::profileId).containsExactly("ana", "eva");
    }

    @Test
    void someoneWhoIsNoMemberCannotLeave() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.leave("zoe", null)).isInstanceOf(NotFoundException.class);
        assertThat(project.members()).hasSize(2);
    }

    @Test
    void theSoleFounderMustNameTheirSuccessorToLeave() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.leave("ana", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("successorId"));
        assertThatThrownBy(() -> project.leave("ana", " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("successorId"));
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana");
    }

    @Test
    void theSuccessorOfTheSoleFounderMustBeAPartner() {
        var project = openWith(dan);

        assertThatThrownBy(() -> project.leave("ana", "zoe"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("successorId"));
        assertThatThrownBy(() -> project.leave("ana", "ana")).isInstanceOf(InvalidInputException.class);
        assertThat(project.member("ana")).isPresent();
        assertThat(project.member("dan")).hasValueSatisfying(member -> assertThat(member.founder()).isFalse());
    }

    @Test
    void theSoleFounderLeavingHandsTheProjectToTheSuccessorTheyName() {
        var project = openWith(dan, eva);

        project.leave("ana", "eva");

        assertThat(project.member("ana")).isEmpty();
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("eva");
        assertThat(project.member("dan")).hasValueSatisfying(
                member -> assertThat(member.role()).isEqualTo(PartnerRole.PARTNER));
    }

    @Test
    void oneOfTwoFoundersLeavesWithoutNamingASuccessor() {
        var project = pendingWithCoFounder(ben);
        project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, at(3));
        project.decide("DE", ApprovalStatus.APPROVED, "officer-de", null, at(4));

        project.leave("ana", null);

        assertThat(project.members()).extracting(ProjectMember::profileId).containsExactly("ben");
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ben");
    }

    @Test
    void theSoleMemberCannotLeaveButClosesTheProjectInstead() {
        var project = open();

        assertThatThrownBy(() -> project.leave("ana", null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> project.leave("ana", "ana")).isInstanceOf(ConflictException.class);
        assertThat(project.members()).hasSize(1);
    }

    // ---------------------------------------------------------------- memberErased

    @Test
    void theSoleFounderErasedHandsTheProjectToTheLongestStandingPartner() {
        var project = openWith(dan, eva);

        project.memberErased("ana", at(100));

        assertThat(project.member("ana")).isEmpty();
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("dan");
        assertThat(project.member("eva")).hasValueSatisfying(
                member -> assertThat(member.role()).isEqualTo(PartnerRole.PARTNER));
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(project.createdBy()).isNull();
    }

    @Test
    void anOpenProjectLeftWithoutMembersIsClosedAndItsInvitationsCancelled() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));

        project.memberErased("ana", at(20));

        assertThat(project.members()).isEmpty();
        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(project.closedAt()).isEqualTo(at(20));
        assertThat(invitation.status()).isEqualTo(InvitationStatus.CANCELLED);
        assertThat(invitation.inviterId()).isNull();
    }

    @Test
    void aRejectedProjectLeftWithoutMembersStaysRejected() {
        var project = rejected();

        project.memberErased("ana", at(20));

        assertThat(project.members()).isEmpty();
        assertThat(project.status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(project.rejectionReason()).isEqualTo("Too vague.");
    }

    @Test
    void anErasedInviteesPendingInvitationsAreCancelled() {
        var project = openWith(dan);
        var invitation = project.invite("ana", eva, at(50));

        project.memberErased("eva", at(60));

        assertThat(invitation.status()).isEqualTo(InvitationStatus.CANCELLED);
        assertThat(invitation.decidedAt()).isEqualTo(at(60));
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(project.members()).hasSize(2);
        assertThat(project.actionsOf("eva")).isEmpty();
    }

    @Test
    void anErasedPartnerLeavesTheProject() {
        var project = openWith(dan, eva);

        project.memberErased("dan", at(100));

        assertThat(project.members()).extracting(ProjectMember::profileId).containsExactly("ana", "eva");
        assertThat(project.founders()).extracting(ProjectMember::profileId).containsExactly("ana");
    }

    /**
     * The class comment: "when every founder country's nss has approved, it is OPEN". Once the
     * German co-founder is erased, France is the only founder country left.
     */
    @Test
    void aPendingProjectWhoseCoFounderWasErasedOpensOnTheApprovalOfTheRemainingFounderCountry() {
        var project = pendingWithCoFounder(ben);

        assertThat(project.memberErased("ben", at(3))).as("France has not decided yet").isFalse();
        boolean opened = project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, at(4));

        assertThat(project.countries()).containsExactly("FR");
        assertThat(opened).as("France is the only founder country left").isTrue();
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
    }

    @Test
    void aPendingProjectLeftWithoutMembersIsWithdrawnNeverMadePublic() {
        var project = pending();

        project.memberErased("ana", at(5));

        assertThat(project.status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(project.status().isPublic()).isFalse();
        assertThat(project.rejectionReason()).as("withdrawn, no nss gave a reason").isNull();
        assertThat(project.awaits("FR")).as("nothing left for the nss to decide").isFalse();
    }

    // ---------------------------------------------------------------- actionsOf

    @Test
    void aVisitorMayDoNothing() {
        var project = openWith(dan);

        assertThat(project.actionsOf(null)).isEmpty();
        assertThat(project.actionsOf("zoe")).isEmpty();
    }

    @Test
    void theSoleMemberOfAnOpenProjectMayDoEverythingButLeave() {
        assertThat(open().actionsOf("ana")).containsExactlyInAnyOrder(ProjectAction.EDIT, ProjectAction.INVITE,
                ProjectAction.CLOSE, ProjectAction.MANAGE_PARTNERS);
    }

    @Test
    void aFounderWithAPartnerMayAlsoLeave() {
        assertThat(openWith(dan).actionsOf("ana")).containsExactlyInAnyOrder(ProjectAction.EDIT,
                ProjectAction.INVITE, ProjectAction.CLOSE, ProjectAction.MANAGE_PARTNERS, ProjectAction.LEAVE);
    }

    @Test
    void aPartnerMayOnlyLeave() {
        assertThat(openWith(dan).actionsOf("dan")).containsExactly(ProjectAction.LEAVE);
    }

    @Test
    void anInviteeMayAnswerTheirInvitationUntilTheyDo() {
        var project = open();
        var invitation = project.invite("ana", dan, at(10));

        assertThat(project.actionsOf("dan")).containsExactly(ProjectAction.ANSWER_INVITATION);

        project.accept(invitation.id(), dan, at(11));

        assertThat(project.actionsOf("dan")).containsExactly(ProjectAction.LEAVE);
    }

    @Test
    void aPendingProjectWithItsCoFounderInvitedOffersNoFurtherInvitation() {
        var project = pending();
        project.invite("ana", ben, at(1));

        assertThat(project.actionsOf("ana")).containsExactly(ProjectAction.EDIT);
        assertThat(project.actionsOf("ben")).containsExactly(ProjectAction.ANSWER_INVITATION);
    }

    @Test
    void theFounderOfAClosedProjectMayOnlyReopenItAndItsPartnerNothing() {
        var project = closed();

        assertThat(project.actionsOf("ana")).containsExactly(ProjectAction.REOPEN);
        assertThat(project.actionsOf("dan")).isEmpty();
    }

    @Test
    void theFounderOfARejectedProjectMayDoNothing() {
        assertThat(rejected().actionsOf("ana")).isEmpty();
    }

    // ---------------------------------------------------------------- fixtures

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Teacher teacher(String id, String country) {
        return new Teacher(id, "school-" + id, "School " + id, country, true, Teacher.Contact.CONTACT);
    }

    private static Teacher notValidated(String id, String country) {
        return new Teacher(id, "school-" + id, "School " + id, country, false, Teacher.Contact.CONTACT);
    }

    private static Teacher withoutSchool(String id, String country) {
        return new Teacher(id, null, null, country, true, Teacher.Contact.CONTACT);
    }

    private static Teacher withContact(String id, String country, Teacher.Contact contact) {
        return new Teacher(id, "school-" + id, "School " + id, country, true, contact);
    }

    private static ProjectInformation information() {
        return information("Water");
    }

    private static ProjectInformation information(String title) {
        return ProjectInformation.of(title, "<p>Rivers</p>", List.of("SCIENCE"), 10, 12, List.of("en"), null, null);
    }

    // ---------------------------------------------------------------- pictures (P4)

    @Test
    void theFirstPictureIsTheCoverUntilAFounderChoosesAnother() {
        var project = openWith(dan);
        project.addImage("ana", 0, "first");
        project.addImage("ana", 1, "second");
        assertThat(project.coverImageId()).isEqualTo("first");

        project.chooseCover("ana", "second", true);
        assertThat(project.coverImageId()).isEqualTo("second");
        assertThatThrownBy(() -> project.chooseCover("ana", "elsewhere", false)).isInstanceOf(NotFoundException.class);
        assertThat(project.coverImageId()).isEqualTo("second");
    }

    @Test
    void removingTheCoverMakesTheNextPictureTheCoverAndTheLastLeavesNone() {
        var project = open();
        project.addImage("ana", 0, "first");
        project.addImage("ana", 1, "second");

        project.removeImage("ana", "second", true, "first");
        assertThat(project.coverImageId()).as("not the cover: it stays").isEqualTo("first");
        project.removeImage("ana", "first", true, null);
        assertThat(project.coverImageId()).isNull();
        assertThatThrownBy(() -> project.removeImage("ana", "first", false, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProjectShowsAtMostTenPictures() {
        var project = pending();
        project.addImage("ana", Project.MOST_IMAGES - 1, "tenth");

        assertThatThrownBy(() -> project.addImage("ana", Project.MOST_IMAGES, "eleventh"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("10");
    }

    @Test
    void onlyFoundersOfAPendingOrOpenProjectChangeItsPictures() {
        var project = openWith(dan);
        assertThatThrownBy(() -> project.addImage("dan", 0, "dans")).isInstanceOf(ForbiddenException.class);
        project.addImage("ana", 0, "anas");
        assertThatThrownBy(() -> project.chooseCover("dan", "anas", true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> project.removeImage("dan", "anas", true, null)).isInstanceOf(ForbiddenException.class);

        project.close("ana", at(100));
        assertThatThrownBy(() -> project.addImage("ana", 1, "late")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> project.removeImage("ana", "anas", true, null)).isInstanceOf(ConflictException.class);
        assertThat(project.coverImageId()).isEqualTo("anas");
        assertThatThrownBy(() -> rejected().addImage("ana", 0, "x")).isInstanceOf(ConflictException.class);
    }

    /** Created by ana (FR) at 0. */
    private Project pending() {
        return Project.create(ana, information(), at(0));
    }

    /** Approved by France at 1. */
    private Project open() {
        var project = pending();
        project.decide("FR", ApprovalStatus.APPROVED, "officer-fr", null, at(1));
        return project;
    }

    /** Open, the partners invited and joined in this order from 10 on, two seconds apart. */
    private Project openWith(Teacher... partners) {
        var project = open();
        int second = 10;
        for (Teacher partner : partners) {
            var invitation = project.invite("ana", partner, at(second++));
            project.accept(invitation.id(), partner, at(second++));
        }
        return project;
    }

    /** Pending, the co-founder invited at 1 and joined at 2. */
    private Project pendingWithCoFounder(Teacher coFounder) {
        var project = pending();
        var invitation = project.invite("ana", coFounder, at(1));
        project.accept(invitation.id(), coFounder, at(2));
        return project;
    }

    /** Open with dan, closed by ana at 100. */
    private Project closed() {
        var project = openWith(dan);
        project.close("ana", at(100));
        return project;
    }

    /** Rejected by France at 1: "Too vague.". */
    private Project rejected() {
        var project = pending();
        project.decide("FR", ApprovalStatus.REJECTED, "officer-fr", "Too vague.", at(1));
        return project;
    }

    private static void assertRefusedAs(String slug, ThrowingCallable invitation) {
        assertThatThrownBy(invitation).isInstanceOfSatisfying(ConflictException.class,
                refusal -> assertThat(refusal.type()).hasValue("https://twinninglive.org/problems/" + slug));
    }
}
