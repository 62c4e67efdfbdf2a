package org.twinninglive.projects;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.twinninglive.media.RichText;
import org.twinninglive.people.PersonalInformation;
import org.twinninglive.people.Subject;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * What a project is about (P4), as its founders write it: a title, a description (rich text),
 * subjects, the pupils' age range, the working languages and the planned dates. Built only
 * through {@link #of}, which names the first field that is wrong.
 */
public record ProjectInformation(String title, RichText description, Set<Subject> subjects, int ageFrom,
                                 int ageTo, Set<String> languages, LocalDate startsOn, LocalDate endsOn)
        implements Serializable {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;

    public ProjectInformation {
        subjects = Set.copyOf(subjects);
        languages = Set.copyOf(languages);
    }

    public static ProjectInformation of(String title, String descriptionHtml, Collection<String> subjects,
                                        Integer ageFrom, Integer ageTo, Collection<String> languages,
                                        LocalDate startsOn, LocalDate endsOn) {
        String cleanTitle = Texts.line(title, "title");
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "title is required and has at most 200 characters.")
                    .shownAs("project.title");
        }
        RichText description = RichText.of(descriptionHtml == null ? "" : descriptionHtml, "description");
        if (description.isBlank()) {
            throw new InvalidInputException("description", "description is required: say what the pupils will do.")
                    .shownAs("project.description");
        }
        if (description.html().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "description has at most 20,000 characters of HTML.")
                    .shownAs("project.description.tooLong");
        }
        var chosenSubjects = PersonalInformation.subjectsOf(subjects, "subjects");
        var chosenLanguages = PersonalInformation.languagesOf(languages, "languages");
        if (chosenSubjects.isEmpty() || chosenSubjects.size() > 10) {
            throw new InvalidInputException("subjects", "choose between one and 10 subjects.")
                    .shownAs("project.subjects");
        }
        if (chosenLanguages.isEmpty() || chosenLanguages.size() > 10) {
            throw new InvalidInputException("languages", "choose between one and 10 working languages.")
                    .shownAs("project.languages");
        }
        if (ageFrom == null || ageTo == null) {
            throw new InvalidInputException(ageFrom == null ? "ageFrom" : "ageTo",
                    "ageFrom and ageTo are required: the pupils' age range.").shownAs("project.ages");
        }
        PersonalInformation.checkAge("ageFrom", ageFrom);
        PersonalInformation.checkAge("ageTo", ageTo);
        if (ageFrom > ageTo) {
            throw new InvalidInputException("ageTo", "ageTo must not be below ageFrom.").shownAs("profile.ages.order");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "endsOn must not be before startsOn.").shownAs("project.dates");
        }
        return new ProjectInformation(cleanTitle, description, chosenSubjects, ageFrom, ageTo, chosenLanguages,
                startsOn, endsOn);
    }
}
