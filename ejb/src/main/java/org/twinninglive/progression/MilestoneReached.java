package org.twinninglive.progression;

/**
 * A user's overall bar crossed a milestone (25, 50, 75 or 100 percent). Fired in the
 * transaction of the action that earned the points.
 *
 * @param profileId the user
 * @param percent   the highest milestone crossed
 */
public record MilestoneReached(String profileId, int percent) {

    static final int[] MILESTONES = {25, 50, 75, 100};

    /** The highest milestone between two percentages (above {@code before}, up to {@code after}), or 0. */
    static int crossed(int before, int after) {
        int reached = 0;
        for (int milestone : MILESTONES) {
            if (before < milestone && after >= milestone) {
                reached = milestone;
            }
        }
        return reached;
    }
}
