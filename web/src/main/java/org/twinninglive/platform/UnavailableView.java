package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.twinninglive.people.Language;

/**
 * Backs error/unavailable.xhtml, which is drawn while the database does not answer and so
 * reads nothing from it: not the signed-in user's profile ({@link CurrentUser} may have to
 * fetch it), only the language a visitor chose in the menu, else the browser's.
 */
@Named
@RequestScoped
public class UnavailableView {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return LanguageChoice.ofVisitor(request).map(Language::locale).orElseGet(() -> {
            var faces = FacesContext.getCurrentInstance();
            return faces.getApplication().getViewHandler().calculateLocale(faces);
        });
    }
}
