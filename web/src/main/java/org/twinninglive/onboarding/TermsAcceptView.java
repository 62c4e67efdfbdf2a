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

    public TermsView getCurrent() {
        if (current == null) {
            current = terms.current();
        }
        return current;
    }

    public void accept() throws IOException {
        if (!agreed) {
            PageMessages.showAt("terms-form:agreed", new InvalidInputException("agreed",
                    "Tick the box to accept the terms.").shownAs("terms.notAgreed"));
            return;
        }
        try {
            terms.accept(identity.require(), getCurrent().version());
            JoiningFilter.termsAccepted(FacesContext.getCurrentInstance());
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "terms.notAccepted", refused);
            current = null;
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

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
