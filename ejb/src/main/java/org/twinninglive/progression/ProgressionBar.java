package org.twinninglive.progression;

import java.io.Serializable;
import java.util.List;

/** A user's progression as the bars show it: each area, and overall. */
public record ProgressionBar(String profileId, List<AreaScore> areas) implements Serializable {

    public ProgressionBar {
        areas = List.copyOf(areas);
    }

    public int points() {
        return areas.stream().mapToInt(AreaScore::points).sum();
    }

    public int maxPoints() {
        return areas.stream().mapToInt(AreaScore::maxPoints).sum();
    }

    public int percent() {
        return new AreaScore(null, points(), maxPoints()).percent();
    }

    public AreaScore area(Area wanted) {
        return areas.stream().filter(score -> score.area() == wanted).findFirst().orElseThrow();
    }
}
