package org.twinninglive.schools;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.TimeZones;

/**
 * What a school shows when one of its teachers applies for the eTwinning School label (or, before
 * applying, reads what the criteria say: {@link #view}), read at that moment, and how each
 * criterion is understood here:
 * <ul>
 * <li>two years or more on the platform: the school's record ({@link School#createdAt}) was
 * created at least two years before now;</li>
 * <li>three or more active teachers: accounts the nss validated, not erased, whose current
 * school it is and who signed in within the last year ({@link #activeSince};
 * {@code people.ProfileRepository#activeTeachersAt}, one count);</li>
 * <li>a project with a National Quality Label in the last two years: a project one of whose
 * members joined from this school was given the National Quality Label of that member's country
 * (the application's approval date, {@code projects.LabelledSchools}) at most two years ago.</li>
 * </ul>
 * The first criterion not met, in this order, is the refusal: a 409 whose type ends with its cause
 * ({@code school-too-recent}, {@code too-few-active-teachers}, {@code no-recent-national-label}).
 *
 * @param activeTeachers      the school's active teachers now
 * @param recentNationalLabel whether one of its projects was given a National Quality Label in the last two years
 */
public record SchoolLabelCriteria(long activeTeachers, boolean recentNationalLabel) {

    public static final int YEARS_ON_PLATFORM = 2;
    public static final int ACTIVE_TEACHERS = 3;
    public static final int LABEL_YEARS = 2;

    /** The earliest last sign-in of a teacher who still counts as active: a year before now. */
    public static Instant activeSince(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusYears(1).toInstant();
    }

    /** The earliest approval of a National Quality Label that still counts: two years before now. */
    public static Instant labelsSince(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusYears(LABEL_YEARS).toInstant();
    }

    /** The day the school came to the platform, in its country's time zone. */
    static LocalDate onPlatformSince(School school) {
        return LocalDate.ofInstant(school.createdAt(), TimeZones.defaultFor(school.country()));
    }

    /** The moment the school has been two years on the platform. */
    static Instant longEnoughFrom(School school) {
        return school.createdAt().atOffset(ZoneOffset.UTC).plusYears(YEARS_ON_PLATFORM).toInstant();
    }

    boolean longEnoughOnPlatform(School school, Instant now) {
        return !longEnoughFrom(school).isAfter(now);
    }

    boolean enoughActiveTeachers() {
        return activeTeachers >= ACTIVE_TEACHERS;
    }

    /** What each criterion says of the school now, read by the same rules as {@link #check}. */
    SchoolLabelCriteriaView view(School school, Instant now) {
        var zone = TimeZones.defaultFor(school.country());
        return new SchoolLabelCriteriaView(onPlatformSince(school), LocalDate.ofInstant(longEnoughFrom(school), zone),
                longEnoughOnPlatform(school, now), activeTeachers, ACTIVE_TEACHERS, enoughActiveTeachers(),
                LocalDate.ofInstant(labelsSince(now), zone), recentNationalLabel);
    }

    /** Refuses with the first criterion the school does not meet now. */
    void check(School school, Instant now) {
        if (!longEnoughOnPlatform(school, now)) {
            LocalDate joinedOn = onPlatformSince(school);
            LocalDate from = LocalDate.ofInstant(longEnoughFrom(school), TimeZones.defaultFor(school.country()));
            throw new ConflictException("The school joined the platform less than two years ago (on " + joinedOn
                    + "); it may apply from " + from + ".", "school-too-recent")
                    .shownAs("schoolLabel.tooRecent", joinedOn.toString(), from.toString());
        }
        if (!enoughActiveTeachers()) {
            throw new ConflictException("The school has only " + activeTeachers + " active "
                    + (activeTeachers == 1 ? "teacher" : "teachers") + " (validated accounts whose current school it"
                    + " is, signed in within the last year); " + ACTIVE_TEACHERS + " are needed.", "too-few-active-teachers")
                    .shownAs("schoolLabel.tooFewTeachers", activeTeachers, ACTIVE_TEACHERS);
        }
        if (!recentNationalLabel) {
            throw new ConflictException("There is no project with a National Quality Label in the last two years:"
                    + " a project one of whose members joined from this school needs one given since "
                    + LocalDate.ofInstant(labelsSince(now), TimeZones.defaultFor(school.country())) + ".",
                    "no-recent-national-label")
                    .shownAs("schoolLabel.noNationalLabel");
        }
    }
}
