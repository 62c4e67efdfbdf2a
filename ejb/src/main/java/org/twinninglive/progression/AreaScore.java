package org.twinninglive.progression;

import java.io.Serializable;

/** One area of a bar: points earned and the most the current rules allow. */
public record AreaScore(Area area, int points, int maxPoints) implements Serializable {

    /** 0-100, rounded down; an area with nothing to earn reads 0. */
    public int percent() {
        return maxPoints == 0 ? 0 : (int) Math.min(100, 100L * points / maxPoints);
    }
}
