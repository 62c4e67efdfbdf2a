package org.twinninglive.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages shown on the current page, their texts from the pages' bundle in the page's language. */
public final class PageMessages {

    static final String BUNDLE = "org.twinninglive.web.messages";

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
            showDetail(FacesMessage.SEVERITY_WARN, refusedKey, refusal(refused));
            return false;
        }
    }

    /** A message whose summary and detail are both bundle keys. */
    public static void show(FacesMessage.Severity severity, String summaryKey, String detailKey) {
        showDetail(severity, summaryKey, text(detailKey));
    }

    /** A message saying why a service refused, in the reader's words (see {@link #refusal}). */
    public static void showRefusal(FacesMessage.Severity severity, String summaryKey, TwinningException refused) {
        showDetail(severity, summaryKey, refusal(refused));
    }

    /**
     * What a page says of a service's refusal: the bundle's {@code refusal.<key>} the service
     * named, in the page's language; a refusal without one reads as its kind (not found, a
     * clash, not allowed, wrong input). The exception's own message is the API's, never shown.
     */
    public static String refusal(TwinningException refused) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return refusal(refused, ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    static String refusal(TwinningException refused, ResourceBundle bundle, Locale locale) {
        String named = refused.textKey() == null ? null : "refusal." + refused.textKey();
        if (named != null && bundle.containsKey(named)) {
            return new MessageFormat(bundle.getString(named), locale).format(refused.textArguments());
        }
        return bundle.getString(switch (refused) {
            case NotFoundException notFound -> "refusal.notFound";
            case ConflictException conflict -> "refusal.conflict";
            case ForbiddenException forbidden -> "refusal.forbidden";
            default -> "refusal.invalid";
        });
    }

    /** A message whose detail is already written. */
    public static void showDetail(FacesMessage.Severity severity, String summaryKey, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(summaryKey), detail));
    }

    private static String text(String key) {
        var faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }
}
