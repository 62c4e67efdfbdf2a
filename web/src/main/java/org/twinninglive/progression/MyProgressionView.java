package org.twinninglive.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;

/** The signed-in user's own bar, for the desktop. */
@Named
@RequestScoped
public class MyProgressionView {

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    ProgressionService progression;

    private ProgressionBar bar;

    public ProgressionBar getBar() {
        if (bar == null && user.isSignedIn()) {
            bar = progression.barOf(identity.get(), user.getProfile().id());
        }
        return bar;
    }
}
