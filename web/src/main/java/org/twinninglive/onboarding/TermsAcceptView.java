package org.twinninglive.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.LanguageChoice;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs welcome/terms.xhtml: a version of the terms the reader has not accepted yet, what changed,
 * and the one button that accepts it; then back to the page they were going to.
 */
@Named
@RequestScoped
public class TermsAcceptView {

    @Inject
    CurrentIdentity identity;

    @Inject
    TermsService terms;

    private TermsView current;
    private boolean agreed;
    private String back;
    private String shown;

    public TermsView getCurrent() {
        if (current == null) {
            current = terms.current();
        }
        return current;
    }

    public void accept() throws IOException {
        if (!agreed) {
            PageMessages.showAtInput("terms-form:agreed", new InvalidInputException("agreed",
                    "Tick the box to accept the terms.").shownAs("terms.notAgreed"));
            return;
        }
        try {
            // the version the reader was shown, not the one in force now: a newer one is refused, and shown
            terms.accept(identity.require(), shown == null ? getCurrent().version() : shown);
            JoiningFilter.termsAccepted(FacesContext.getCurrentInstance(), identity.require().subject());
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "terms.notAccepted", refused);
            // the page now shows the version in force, and that is the one its form accepts
            current = null;
            shown = null;
            agreed = false;
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + LanguageChoice.returnPath(back));
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    /** The version the page showed (a hidden field), so that the one accepted is the one read. */
    public String getShown() {
        return shown == null ? getCurrent().version() : shown;
    }

    public void setShown(String shown) {
        this.shown = shown;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
