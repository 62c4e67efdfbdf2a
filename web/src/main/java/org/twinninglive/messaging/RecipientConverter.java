package org.twinninglive.messaging;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;

/**
 * Lets the recipient field of a new message pick people by id: only those the writer may write
 * to come back (anyone else is dropped, and the service would refuse them anyway). A CDI bean,
 * so that Faces hands out an instance with its service injected.
 */
@Dependent
@FacesConverter(value = "recipientConverter", managed = true)
public class RecipientConverter implements Converter<PersonSummary> {

    @Inject
    CurrentIdentity identity;

    @Inject
    MessageService messages;

    @Override
    public PersonSummary getAsObject(FacesContext context, UIComponent component, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return messages.recipient(identity.require(), id).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonSummary person) {
        return person == null ? "" : person.id();
    }
}
