package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;

/** A pupil of a space as its teachers list them (T2): the nickname, the user name to sign in with, the role. */
public record PupilView(String id, String nickname, String username, boolean administrator, Instant createdAt)
        implements Serializable {
}
