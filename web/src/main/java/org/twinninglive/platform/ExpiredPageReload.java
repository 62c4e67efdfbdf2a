package org.twinninglive.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;

/**
 * A page that expired while it was open (its session ended, or the server restarted) is opened
 * again at its own address instead of answering an error: OmniFaces redirects a form's POST
 * there, and answers an AJAX request with a partial response that loads it. The page then says
 * why, and that what was entered or clicked has to be done again.
 */
public class ExpiredPageReload extends ViewExpiredExceptionHandler {

    public ExpiredPageReload(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected void handleSuppressedException(FacesContext context, Throwable expired) {
        super.handleSuppressedException(context, expired);
        // no view to take the language from: the expired one is gone, the next one not built
        var reader = CDI.current().select(CurrentUser.class).get();
        var texts = ResourceBundle.getBundle(PageMessages.BUNDLE, reader.getLocale());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                texts.getString("error.expired.title"), texts.getString("error.expired.reloaded")));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
