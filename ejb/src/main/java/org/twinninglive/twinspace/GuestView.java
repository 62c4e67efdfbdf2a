package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;

/** A guest of a TwinSpace as its members see them; a null inviter name: a former member. */
public record GuestView(String profileId, String name, Instant invitedAt, String invitedById, String invitedByName)
        implements Serializable {
}
