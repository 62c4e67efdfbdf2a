package org.twinninglive.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.twinninglive.people.ProfileService;
import org.twinninglive.people.ProfileView;

/**
 * The signed-in user of this browser session, for the layout and every page. The profile is
 * fetched (and created on a first sign-in) once per session, not on each request.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ProfileService profiles;

    private ProfileView profile;

    public ProfileView getProfile() {
        if (profile == null) {
            identity.get()
                    .filter(signedIn -> !signedIn.partnerSystem())
                    .ifPresent(signedIn -> profile = profiles.signIn(signedIn));
        }
        return profile;
    }

    /** Reads the profile again on the next request, after the user changed it. */
    public void forget() {
        profile = null;
    }

    public boolean isSignedIn() {
        return getProfile() != null;
    }

    /** The user's chosen language; for visitors, the browser's, among the supported ones. */
    public Locale getLocale() {
        if (isSignedIn()) {
            return Locale.forLanguageTag(profile.language());
        }
        var faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }
}
