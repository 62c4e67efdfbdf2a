package org.twinninglive.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

/**
 * OmniFaces' full AJAX exception handler (an AJAX failure shows an error page, never Mojarra's
 * {@code <error-name>} with a class name), whose pages for a database outage and an expired
 * view are named here instead of by exception type in web.xml: PrimeFaces writes web.xml's
 * error pages, class names included, into the settings of every page it draws.
 */
public class PageExceptionHandler extends FullAjaxExceptionHandler {

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable rootCause) {
        if (rootCause instanceof DatabaseUnavailableException) {
            return "/error/unavailable.xhtml";
        }
        if (rootCause instanceof ViewExpiredException) {
            return "/error/expired.xhtml";
        }
        return super.findErrorPageLocation(context, rootCause);
    }

    /** Registered in faces-config.xml in place of OmniFaces' own factory (a kind of it, so OmniFaces still sees one). */
    public static class Factory extends FullAjaxExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
