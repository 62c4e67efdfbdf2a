package org.twinninglive.projects;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.twinninglive.contacts.ContactService;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ValidationStatus;

/** What a project needs to know of a teacher ({@link Teacher}), read from their profile and contacts. */
@Dependent
public class Teachers {

    @Inject
    ContactService contacts;

    /** The teacher, as someone who acts for themselves (no contact standing). */
    public Teacher of(Profile profile) {
        return of(profile, Teacher.Contact.NONE);
    }

    /** The teacher as {@code inviterId} would invite them: where they stand as contacts too. */
    public Teacher invitedBy(String inviterId, Profile profile) {
        Teacher.Contact standing = contacts.areContacts(inviterId, profile.id()) ? Teacher.Contact.CONTACT
                : contacts.requestPending(inviterId, profile.id()) ? Teacher.Contact.REQUEST_PENDING : Teacher.Contact.NONE;
        return of(profile, standing);
    }

    /** The teacher as one of the inviter's contacts: known to be one, so nothing is asked again. */
    public Teacher contact(Profile profile) {
        return of(profile, Teacher.Contact.CONTACT);
    }

    private static Teacher of(Profile profile, Teacher.Contact standing) {
        var school = profile.currentSchool();
        return new Teacher(profile.id(), school == null ? null : school.id(), school == null ? null : school.name(),
                school == null ? null : school.country(), profile.validationStatus() == ValidationStatus.VALIDATED,
                standing);
    }
}
