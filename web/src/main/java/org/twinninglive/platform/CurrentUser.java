package org.twinninglive.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import org.twinninglive.people.Language;
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

    @Inject
    HttpServletRequest request;

    private ProfileView profile;
    /** The account the profile was read for: a pupil or another person signing in in the same session is not it. */
    private String profileSubject;
    /** The visitor's choice is adopted once, at sign-in; not again when the profile is re-read. */
    private boolean visitorChoiceAdopted;

    public ProfileView getProfile() {
        var signedIn = identity.get().filter(SignedInIdentity::isPerson);
        if (signedIn.isEmpty() || !signedIn.get().subject().equals(profileSubject)) {
            profile = null;
            profileSubject = null;
        }
        if (profile == null && signedIn.isPresent()) {
            profile = adoptVisitorsLanguage(signedIn.get(), profiles.signIn(signedIn.get()));
            profileSubject = signedIn.get().subject();
        }
        return profile;
    }

    /** A language chosen in the menu before signing in becomes the account's preference (X1). */
    private ProfileView adoptVisitorsLanguage(SignedInIdentity signedIn, ProfileView signedInProfile) {
        var chosen = LanguageChoice.ofVisitor(request);
        if (visitorChoiceAdopted || chosen.isEmpty()) {
            return signedInProfile;
        }
        visitorChoiceAdopted = true;
        var faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getExternalContext().isResponseCommitted()) {
            var spent = LanguageChoice.forgetting(request);
            faces.getExternalContext().addResponseCookie(spent.getName(), "", java.util.Map.of(
                    "path", spent.getPath(), "maxAge", 0, "httpOnly", true));
        }
        if (chosen.get().tag().equals(signedInProfile.language())) {
            return signedInProfile;
        }
        return profiles.chooseLanguage(signedIn, chosen.get().tag());
    }

    /** Reads the profile again on the next request, after the user changed it. */
    public void forget() {
        profile = null;
    }

    /**
     * Whether a pupil (T2) is signed in: on a page of the layout (an error page reached from the
     * pupils' pages), they get their own sign-out instead of the teachers' sign-in.
     */
    public boolean isPupil() {
        return identity.get().filter(SignedInIdentity::isPupil).isPresent();
    }

    public boolean isSignedIn() {
        return getProfile() != null;
    }

    /**
     * The user's chosen language; for visitors, the one they chose in the menu, else the
     * browser's among the supported ones.
     */
    public Locale getLocale() {
        if (isSignedIn()) {
            return Locale.forLanguageTag(profile.language());
        }
        var chosen = LanguageChoice.ofVisitor(request);
        if (chosen.isPresent()) {
            return chosen.get().locale();
        }
        var faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Language.DEFAULT.locale();
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** The zone dates are shown in: the user's (chosen, else their country's); for visitors, the platform's. */
    public ZoneId getTimeZone() {
        return isSignedIn() ? ZoneId.of(profile.timeZone()) : TimeZones.DEFAULT;
    }
}
