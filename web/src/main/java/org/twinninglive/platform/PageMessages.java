package org.twinninglive.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Messages shown on the current page, their texts from the pages' bundle in the page's language. */
public final class PageMessages {

    private PageMessages() {
    }

    /** A message whose summary and detail are both bundle keys. */
    public static void show(FacesMessage.Severity severity, String summaryKey, String detailKey) {
        showDetail(severity, summaryKey, text(detailKey));
    }

    /** A message whose detail is already written, e.g. a service's refusal. */
    public static void showDetail(FacesMessage.Severity severity, String summaryKey, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(summaryKey), detail));
    }

    private static String text(String key) {
        var faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.twinninglive.web.messages", faces.getViewRoot().getLocale()).getString(key);
    }
}
