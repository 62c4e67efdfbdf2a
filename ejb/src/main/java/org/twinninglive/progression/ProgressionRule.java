package org.twinninglive.progression;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.twinninglive.platform.InvalidInputException;

/**
 * How one action category counts: points per action, and how many actions count at most
 * (S3: after several messages the bar no longer moves). Read on every credit, hence cached.
 */
@Entity
@Table(name = "progression_rule")
@Cacheable
public class ProgressionRule {

    static final int MAX_POINTS = 1000;
    static final int MAX_CAP = 1000;

    @Id
    @Column(length = 60)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Area area;

    @Column(nullable = false)
    private int points;

    @Column(name = "action_cap", nullable = false)
    private int actionCap;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected ProgressionRule() {
    }

    ProgressionRule(String category, Area area, int points, int actionCap, int position) {
        this.category = category;
        this.area = area;
        this.position = position;
        change(points, actionCap);
    }

    /** Points earned by this many actions of the category: the cap stops the count. */
    public int pointsFor(long actions) {
        return (int) Math.min(actions, actionCap) * points;
    }

    /** The most this category can give. */
    public int maxPoints() {
        return actionCap * points;
    }

    void change(int newPoints, int newCap) {
        if (newPoints < 0 || newPoints > MAX_POINTS) {
            throw new InvalidInputException("points", "points of " + category + " must be between 0 and " + MAX_POINTS + ".")
                    .shownAs("rules.points.range", category, MAX_POINTS);
        }
        if (newCap < 0 || newCap > MAX_CAP) {
            throw new InvalidInputException("cap", "cap of " + category + " must be between 0 and " + MAX_CAP + ".")
                    .shownAs("rules.cap.range", category, MAX_CAP);
        }
        points = newPoints;
        actionCap = newCap;
    }

    public String category() {
        return category;
    }

    public Area area() {
        return area;
    }

    public int points() {
        return points;
    }

    public int cap() {
        return actionCap;
    }

    public int position() {
        return position;
    }
}
