package org.twinninglive.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} with lists that stay lists: PrimeFaces gives each {@code <li>}
 * {@code role="alert"}, which makes it no list item (axe's rule "list"), on every page that shows
 * a message after an action. Here the items keep their role and the group of messages of one
 * severity is the alert instead, so screen readers still announce it. Registered for
 * PrimeFaces' renderer type in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages messages, String severity,
                                  List<FacesMessage> list) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        original.startElement("div", null);
        original.writeAttribute("role", "alert", null);
        context.setResponseWriter(new ListItemsWithoutRole(original));
        try {
            super.encodeMessages(context, messages, severity, list);
        } finally {
            context.setResponseWriter(original);
        }
        original.endElement("div");
    }

    /** Leaves out the role attribute of list items (and only theirs). */
    private static final class ListItemsWithoutRole extends ResponseWriterWrapper {

        private String element;

        ListItemsWithoutRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equalsIgnoreCase(element) && "role".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }

        @Override
        public ResponseWriter cloneWithWriter(java.io.Writer writer) {
            return new ListItemsWithoutRole(getWrapped().cloneWithWriter(writer));
        }
    }
}
