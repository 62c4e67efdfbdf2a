package org.twinninglive.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ExpiredPageReload} around the handler of every request (faces-config.xml). */
public class ExpiredPageReloadFactory extends ExceptionHandlerFactory {

    public ExpiredPageReloadFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredPageReload(getWrapped().getExceptionHandler());
    }
}
