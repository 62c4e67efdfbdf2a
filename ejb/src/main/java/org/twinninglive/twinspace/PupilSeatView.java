package org.twinninglive.twinspace;

import java.io.Serializable;

/** A pupil's own seat (T2): the one space they may reach, and how they are named there. */
public record PupilSeatView(String pupilId, String projectId, String projectTitle, String nickname,
                            boolean administrator) implements Serializable {
}
