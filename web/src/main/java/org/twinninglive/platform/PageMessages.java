package org.twinninglive.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Messages shown on the current page, their texts from the pages' bundle in the page's language. */
public final class PageMessages {

    private PageMessages() {
    }

    /**
     * Runs a user's action: when it succeeds, the message {@code doneKey} (with detail
     * {@code doneKey.detail}); when a service refuses it, {@code refusedKey} with the reason.
     */
    public static boolean attempt(Runnable action, String doneKey, String refusedKey) {
        try {
            action.run();
            show(FacesMessage.SEVERITY_INFO, doneKey, doneKey + ".detail");
            return true;
        } catch (TwinningException refused) {
            showDetail(FacesMessage.SEVERITY_WARN, refusedKey, refused.getMessage());
            return false;
        }
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
