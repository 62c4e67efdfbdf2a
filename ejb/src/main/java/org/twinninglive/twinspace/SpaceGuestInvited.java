package org.twinninglive.twinspace;

/** A member invited a teacher of their school as a guest of the project's TwinSpace (T1): they are told. */
public record SpaceGuestInvited(String projectId, String guestId, String inviterId, String title) {
}
