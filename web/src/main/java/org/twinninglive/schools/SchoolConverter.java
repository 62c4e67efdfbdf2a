package org.twinninglive.schools;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.twinninglive.platform.NotFoundException;

/**
 * Lets forms pick a school by its id (the "Add a school" autocomplete, U3). A CDI bean (the
 * web module discovers annotated beans only), so that Faces hands out an instance with its
 * service injected.
 */
@Dependent
@FacesConverter(value = "schoolConverter", managed = true)
public class SchoolConverter implements Converter<SchoolView> {

    @Inject
    SchoolService schools;

    @Override
    public SchoolView getAsObject(FacesContext context, UIComponent component, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return schools.school(id);
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SchoolView school) {
        return school == null ? "" : school.id();
    }
}
