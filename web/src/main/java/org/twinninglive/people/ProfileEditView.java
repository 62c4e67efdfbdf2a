package org.twinninglive.people;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.twinninglive.platform.CountryNames;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.TimeZones;
import org.twinninglive.schools.SchoolService;
import org.twinninglive.schools.SchoolView;

/**
 * Backs people/edit.xhtml, the owner's side of their profile: personal information and photo
 * (U2), schools (U3), privacy (U4), the time zone of dates, data and deletion (U5). Each form
 * saves on its own; a refused value is named and nothing of that form is saved.
 */
@Named
@ViewScoped
public class ProfileEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The service refuses more than 5 MB with its own words; this spares reading a bigger file. */
    private static final long PHOTO_LIMIT = 5L * 1024 * 1024;

    /** One zone of the list: its IANA id, and its name as the list shows it, e.g. "Isle of Man (Europe)". */
    public record TimeZoneOption(String id, String label) implements Serializable {

        static TimeZoneOption of(String id) {
            int region = id.indexOf('/');
            int city = id.lastIndexOf('/');
            return new TimeZoneOption(id, region < 0 ? id
                    : id.substring(city + 1).replace('_', ' ') + " (" + id.substring(0, region) + ")");
        }
    }

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfileService profiles;

    @Inject
    AccountService accounts;

    @Inject
    SchoolService schools;

    @Inject
    CountryNames countryNames;

    private PersonView me;
    private String name;
    private String bio;
    private List<String> subjects = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private Integer pupilsAgeFrom;
    private Integer pupilsAgeTo;
    private String visibility;
    private boolean searchable;
    private boolean indexable;
    private boolean showEmail;
    private boolean acceptsContactRequests;
    private boolean acceptsMessages;
    private SchoolView newSchool;
    private transient Part photo;
    private Instant deletionDue;
    private String timeZone;
    private List<TimeZoneOption> timeZones;

    public void load() {
        if (me != null) {
            return;
        }
        var signedIn = identity.require();
        me = profiles.mine(signedIn);
        name = me.name();
        bio = me.bio();
        subjects = new ArrayList<>(me.subjects());
        languages = new ArrayList<>(me.languages());
        pupilsAgeFrom = me.pupilsAgeFrom();
        pupilsAgeTo = me.pupilsAgeTo();
        var privacy = profiles.privacy(signedIn);
        visibility = privacy.visibility().name();
        searchable = privacy.searchable();
        indexable = privacy.indexable();
        showEmail = privacy.showEmail();
        acceptsContactRequests = privacy.acceptsContactRequests();
        acceptsMessages = privacy.acceptsMessages();
        deletionDue = accounts.deletionDue(signedIn);
        timeZone = currentUser.getProfile().timeZone();
    }

    public void saveInformation() {
        attempt(() -> me = profiles.edit(identity.require(),
                PersonalInformation.of(name, bio, subjects, languages, pupilsAgeFrom, pupilsAgeTo)), "edit.saved");
        currentUser.forget();
    }

    public void savePrivacy() {
        attempt(() -> profiles.choosePrivacy(identity.require(), new PrivacySettings(
                PrivacySettings.visibilityOf(visibility), searchable, indexable, showEmail, acceptsContactRequests,
                acceptsMessages)),
                "edit.privacy.saved");
    }

    public void saveTimeZone() {
        attempt(() -> timeZone = profiles.chooseTimeZone(identity.require(), timeZone).timeZone(),
                "edit.timeZone.saved");
        currentUser.forget();
    }

    /** The chosen picture, sent with the form (a plain file input: keyboard and screen readers know it). */
    public void uploadPhoto() {
        if (photo == null || photo.getSize() == 0) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, "edit.notSaved", "refusal.photo.missing");
            return;
        }
        if (photo.getSize() > PHOTO_LIMIT) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, "edit.notSaved", "refusal.photo.tooBig");
            return;
        }
        byte[] content;
        try (var in = photo.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException unreadable) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, "edit.notSaved", "refusal.photo.damaged");
            return;
        }
        attempt(() -> me = profiles.uploadPhoto(identity.require(), content), "edit.photo.saved");
        photo = null;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public List<SchoolView> completeSchool(String words) {
        return schools.search(words, null, new PageRequest(0, 15)).items();
    }

    /** A suggestion's text: name (city, country); nothing while no school is chosen. */
    public String schoolLabel(SchoolView school) {
        if (school == null) {
            return "";
        }
        return school.name() + " (" + school.city() + ", " + countryNames.of(school.country()) + ")";
    }

    public void addSchool() {
        if (newSchool == null) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, "edit.notSaved", "edit.school.choose");
            return;
        }
        String chosen = newSchool.id();
        attempt(() -> joinSchool(chosen), "edit.school.added");
        newSchool = null;
    }

    /** Makes a school of the registry the reader's current one (the first steps use it too). */
    public void joinSchool(String schoolId) {
        me = profiles.addSchool(identity.require(), schoolId);
    }

    /** Reads the profile again after another view changed it (a school proposed in the first steps). */
    public void reload() {
        me = profiles.mine(identity.require());
    }

    public void requestDeletion() {
        attempt(() -> deletionDue = accounts.requestDeletion(identity.require()), "edit.deletion.requested");
    }

    public void cancelDeletion() {
        attempt(() -> {
            accounts.cancelDeletion(identity.require());
            deletionDue = null;
        }, "edit.deletion.cancelled");
    }

    private void attempt(Runnable action, String doneKey) {
        PageMessages.attempt(action, doneKey, "edit.notSaved");
    }

    public List<Subject> getAllSubjects() {
        return Arrays.asList(Subject.values());
    }

    public PersonView getMe() {
        return me;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public Integer getPupilsAgeFrom() {
        return pupilsAgeFrom;
    }

    public void setPupilsAgeFrom(Integer pupilsAgeFrom) {
        this.pupilsAgeFrom = pupilsAgeFrom;
    }

    public Integer getPupilsAgeTo() {
        return pupilsAgeTo;
    }

    public void setPupilsAgeTo(Integer pupilsAgeTo) {
        this.pupilsAgeTo = pupilsAgeTo;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public boolean isSearchable() {
        return searchable;
    }

    public void setSearchable(boolean searchable) {
        this.searchable = searchable;
    }

    public boolean isIndexable() {
        return indexable;
    }

    public void setIndexable(boolean indexable) {
        this.indexable = indexable;
    }

    public boolean isShowEmail() {
        return showEmail;
    }

    public void setShowEmail(boolean showEmail) {
        this.showEmail = showEmail;
    }

    public boolean isAcceptsContactRequests() {
        return acceptsContactRequests;
    }

    public void setAcceptsContactRequests(boolean acceptsContactRequests) {
        this.acceptsContactRequests = acceptsContactRequests;
    }

    public boolean isAcceptsMessages() {
        return acceptsMessages;
    }

    public void setAcceptsMessages(boolean acceptsMessages) {
        this.acceptsMessages = acceptsMessages;
    }

    public SchoolView getNewSchool() {
        return newSchool;
    }

    public void setNewSchool(SchoolView newSchool) {
        this.newSchool = newSchool;
    }

    public Instant getDeletionDue() {
        return deletionDue;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The zones offered, by name; the user's own too when they chose one elsewhere (the API takes any). */
    public List<TimeZoneOption> getTimeZones() {
        if (timeZones == null) {
            timeZones = Stream.concat(TimeZones.choices().stream().map(ZoneId::getId), Stream.ofNullable(timeZone))
                    .distinct()
                    .map(TimeZoneOption::of)
                    .sorted(Comparator.comparing(TimeZoneOption::label, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }
        return timeZones;
    }
}
