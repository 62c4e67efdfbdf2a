package org.twinninglive.projects;

/** Where a prize round stands on a day (P5): before, within or after its application period. */
public enum PrizeRoundStatus {
    /** Its period has not begun: projects cannot apply yet. */
    UPCOMING,
    /** Within its period: projects holding the European Quality Label apply. */
    OPEN,
    /** Its period has ended: no more applications; the css marks the winners. */
    CLOSED
}
