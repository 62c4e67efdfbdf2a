package org.twinninglive.schools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/**
 * The schools feature's part of an export and of an erasure (U5): the applications for the
 * eTwinning School label a person made (with the head's declaration and their statement) or
 * decided. On erasure the applications stay, for the label is the school's, without the person.
 */
@ApplicationScoped
public class SchoolsPersonalData {

    /** An application for the eTwinning School label the person made or decided, as the export shows it. */
    public record LabelApplication(String id, String schoolId, String schoolName, String status, boolean applicant,
                                   boolean reviewer, boolean headDeclaration, String statement, String reason,
                                   LocalDate validUntil, Instant createdAt, Instant reviewedAt)
            implements Serializable {
    }

    @Inject
    SchoolLabelRepository labels;

    void export(@Observes PersonalDataRequested request) {
        String id = request.profileId();
        request.add("schoolLabelApplications", labels.involving(id).stream()
                .map(a -> {
                    boolean applicant = id.equals(a.applicantId());
                    return new LabelApplication(a.id(), a.school().id(), a.school().name(), a.status().name(),
                            applicant, id.equals(a.reviewerId()), a.headDeclaration(),
                            applicant ? a.statement() : null, a.reason(), a.validUntil(), a.createdAt(),
                            a.reviewedAt());
                })
                .toList());
    }

    /** The schools concerned are row-locked in id order, as for their applications; then the rows change. */
    void erase(@Observes AccountErasing erasing) {
        String id = erasing.profileId();
        var applications = labels.involving(id);
        var schools = new TreeSet<String>();
        applications.forEach(a -> schools.add(a.school().id()));
        schools.forEach(labels::lockSchool);
        for (var application : applications) {
            labels.refresh(application);
            if (id.equals(application.applicantId())) {
                application.applicantErased();
            }
            if (id.equals(application.reviewerId())) {
                application.reviewerErased();
            }
        }
    }
}
