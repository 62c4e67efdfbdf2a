package org.twinninglive.schools;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the criteria of the eTwinning School label say of a school today, for its teachers before
 * they apply: read by {@link SchoolLabelCriteria}'s rules, the ones an application meets.
 *
 * @param onPlatformSince     the day the school came to the platform, in its country's time zone
 * @param longEnoughFrom      the first day it has been on the platform for two years
 * @param longEnough          whether it has been on the platform for two years or more
 * @param activeTeachers      its active teachers now (validated, with it as their current school)
 * @param teachersNeeded      how many active teachers the label asks for
 * @param enoughTeachers      whether it has that many
 * @param labelsSince         the earliest day (in its country's time zone) a National Quality Label of one of its
 *                            projects counts from
 * @param recentNationalLabel whether one of its projects was given a National Quality Label since then
 */
public record SchoolLabelCriteriaView(LocalDate onPlatformSince, LocalDate longEnoughFrom, boolean longEnough,
                                      long activeTeachers, int teachersNeeded, boolean enoughTeachers,
                                      LocalDate labelsSince, boolean recentNationalLabel) implements Serializable {

    /** Whether the school meets every criterion today. */
    public boolean met() {
        return longEnough && enoughTeachers && recentNationalLabel;
    }
}
