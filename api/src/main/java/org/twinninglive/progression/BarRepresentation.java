package org.twinninglive.progression;

import java.util.List;

/** A bar in JSON: overall and per area, points, most points the rules allow, percentages. */
public record BarRepresentation(String profileId, int points, int maxPoints, int percent, List<Area> areas) {

    public record Area(String area, int points, int maxPoints, int percent) {
    }

    static BarRepresentation of(ProgressionBar bar) {
        return new BarRepresentation(bar.profileId(), bar.points(), bar.maxPoints(), bar.percent(),
                bar.areas().stream()
                        .map(score -> new Area(score.area().name(), score.points(), score.maxPoints(), score.percent()))
                        .toList());
    }
}
