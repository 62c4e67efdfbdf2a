package org.twinninglive.onboarding;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.twinninglive.people.ProfileEditView;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;
import org.twinninglive.schools.SchoolAlreadyRegisteredException;
import org.twinninglive.schools.SchoolProposal;
import org.twinninglive.schools.SchoolType;
import org.twinninglive.schools.SchoolView;

/**
 * Backs welcome/index.xhtml, a new teacher's first steps (J2). The school, information and
 * privacy sections are the profile's own forms (profileEditView); this view adds the proposal
 * of a school missing from the registry and the end of the first steps.
 */
@Named
@ViewScoped
public class WelcomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    OnboardingService onboarding;

    @Inject
    ProfileEditView profile;

    private boolean proposing;
    private String name;
    private String city;
    private String country;
    private String type;
    private String nationalId;
    private SchoolView existing;

    /** The proposal's country starts as the one given at registration. */
    public void load() {
        profile.load();
        if (country == null) {
            country = currentUser.getProfile().country();
        }
    }

    public void startProposal() {
        proposing = true;
        existing = null;
    }

    public void cancelProposal() {
        proposing = false;
        existing = null;
    }

    public void propose() {
        existing = null;
        try {
            onboarding.proposeSchool(identity.require(), SchoolProposal.of(name, city, country, type, nationalId));
            profile.reload();
            proposing = false;
            PageMessages.show(FacesMessage.SEVERITY_INFO, "welcome.school.proposed", "welcome.school.proposed.detail");
        } catch (SchoolAlreadyRegisteredException known) {
            existing = known.existing();
            PageMessages.showAtInput("proposal-form:school-name", known);
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("proposal-form:school-" + PageMessages.kebab(wrong.field() == null ? "name" : wrong.field()), wrong);
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "edit.notSaved", refused);
        }
    }

    /** The teacher takes the school the registry has instead of proposing it again. */
    public void chooseExisting() {
        if (existing == null) {
            return;
        }
        String id = existing.id();
        if (PageMessages.attempt(() -> profile.joinSchool(id), "edit.school.added", "edit.notSaved")) {
            proposing = false;
            existing = null;
        }
    }

    /** Ends the first steps (or puts them off) and opens the desktop. */
    public void finish() throws IOException {
        try {
            onboarding.finish(identity.require());
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "edit.notSaved", refused);
            return;
        }
        JoiningFilter.firstStepsTaken(FacesContext.getCurrentInstance(), identity.require().subject());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/desktop/");
    }

    public List<SchoolType> getSchoolTypes() {
        return Arrays.asList(SchoolType.values());
    }

    public boolean isProposing() {
        return proposing;
    }

    public SchoolView getExisting() {
        return existing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }
}
