package org.twinninglive.schools;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;

/**
 * How long an eTwinning School label lasts: two school years, a school year running from
 * 1 September to 31 August. Approved during the lessons of a school year (September to June), the
 * label is valid until the 31 August that ends the following one: approved on 2026-12-02 (school
 * year 2026/27), valid until 2028-08-31. Approved in the summer holidays (July, August), when the
 * school year is over, the coming one is the first: approved on 2027-07-15, valid until
 * 2029-08-31, as if approved on 2027-09-01.
 *
 * @param from  the day it was approved
 * @param until the last day it is valid
 */
public record SchoolLabelValidity(LocalDate from, LocalDate until) implements Serializable {

    /** How many school years a label lasts, the one it is approved in included. */
    public static final int SCHOOL_YEARS = 2;

    public SchoolLabelValidity {
        if (from == null || until == null || until.isBefore(from)) {
            throw new IllegalArgumentException("a validity runs from a day to a later one");
        }
    }

    /** The validity of a label approved on this day (in the school's time zone). */
    public static SchoolLabelValidity approvedOn(LocalDate day) {
        return new SchoolLabelValidity(day, LocalDate.of(firstSchoolYearOf(day) + SCHOOL_YEARS, Month.AUGUST, 31));
    }

    /** The first school year a label approved on this day counts: its own, or from 1 July the coming one. */
    static int firstSchoolYearOf(LocalDate day) {
        return day.getMonth().compareTo(Month.JULY) >= 0 ? day.getYear() : day.getYear() - 1;
    }

    /** Whether the label is valid on this day, both ends included. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
