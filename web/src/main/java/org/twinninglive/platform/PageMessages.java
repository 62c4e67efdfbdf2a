package org.twinninglive.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

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
        } catch (InvalidInputException wrong) {
            if (!showAtField(wrong)) {
                showDetail(FacesMessage.SEVERITY_WARN, refusedKey, refusal(wrong));
            }
            return false;
        } catch (TwinningException refused) {
            showDetail(FacesMessage.SEVERITY_WARN, refusedKey, refusal(refused));
            return false;
        }
    }

    /**
     * Shows a refused field's message beside the field itself, as Faces shows a failed
     * conversion: the input marked invalid (PrimeFaces then renders {@code aria-invalid}) and
     * the request marked as failed validation, so the layout moves the focus to it. The field is
     * the input whose id is the refusal's field in kebab case ({@code pupilsAgeFrom} →
     * {@code pupils-age-from}) or that carries {@code <f:attribute name="field" value="…"/>}.
     * Returns false when the page has no such field (the message then goes to the top).
     */
    public static boolean showAtField(InvalidInputException wrong) {
        var faces = FacesContext.getCurrentInstance();
        if (wrong.field() == null || faces == null) {
            return false;
        }
        String id = kebab(wrong.field());
        var found = new EditableValueHolder[1];
        var clientId = new String[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof EditableValueHolder input
                    && (id.equals(component.getId()) || wrong.field().equals(component.getAttributes().get("field")))) {
                found[0] = input;
                clientId[0] = component.getClientId(context.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        if (found[0] == null) {
            return false;
        }
        found[0].setValid(false);
        showAt(clientId[0], wrong);
        return true;
    }

    /**
     * Shows a refusal beside the input of that client id (for inputs in table rows, whose
     * views know the row), and moves the focus to it.
     */
    public static void showAt(String clientId, TwinningException wrong) {
        var faces = FacesContext.getCurrentInstance();
        String text = refusal(wrong);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
        focus(clientId);
    }

    /** {@link #showAt}, the input of that client id also marked invalid (aria-invalid), as a failed conversion is. */
    public static void showAtInput(String clientId, TwinningException wrong) {
        var faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof EditableValueHolder input) {
                input.setValid(false);
            }
        });
        showAt(clientId, wrong);
    }

    /**
     * Moves the keyboard's focus to the element of that client id once the answer to this
     * request is drawn. PrimeFaces' own {@code focus} skips buttons, so this one does not use it.
     */
    public static void focus(String clientId) {
        String quoted = "'" + clientId.replace("\\", "\\\\").replace("'", "\\'") + "'";
        PrimeFaces.current().executeScript("setTimeout(function(){var e=document.getElementById(" + quoted
                + ");if(e){e.focus();}},0);");
    }

    public static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
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

    /** The same text outside a Faces request (a servlet's answer to a page's script), in that language. */
    public static String refusal(TwinningException refused, Locale locale) {
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
            case UnavailableException unavailable -> "refusal.unavailable";
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
