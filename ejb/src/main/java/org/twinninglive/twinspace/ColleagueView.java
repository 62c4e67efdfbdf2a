package org.twinninglive.twinspace;

import java.io.Serializable;

/** A teacher of the member's school who may be invited as a guest of the space. */
public record ColleagueView(String profileId, String name) implements Serializable {
}
