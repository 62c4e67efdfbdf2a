package org.twinninglive.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.progression.ProgressionBar;
import org.twinninglive.progression.ProgressionService;

/** Backs people/profile.xhtml: someone's profile and progression bar, for who may see it (U1, S4). */
@Named
@RequestScoped
public class PersonPageView {

    @Inject
    CurrentIdentity identity;

    @Inject
    ProfileService profiles;

    @Inject
    ProgressionService progression;

    private String id;
    private PersonView person;
    private ProgressionBar bar;

    /** Loads the profile named in the address; one the viewer may not see is "not found". */
    public void load() throws IOException {
        try {
            person = profiles.person(identity.get(), id);
            bar = progression.barOf(identity.get(), id);
        } catch (NotFoundException hidden) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }

    public ProgressionBar getBar() {
        return bar;
    }
}
