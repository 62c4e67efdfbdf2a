package org.twinninglive.people;

import jakarta.servlet.annotation.WebFilter;
import org.twinninglive.platform.AddressFilter;

/**
 * Gives every profile its address {@code /people/{id}} (U1): such a request is served by
 * people/profile.xhtml, which decides itself who may see the profile. The forward goes to the
 * page's clean address {@code /people/profile}: its {@code .xhtml} form answers a redirect
 * (FacesViews, web.xml).
 */
@WebFilter("/people/*")
public class ProfileAddressFilter extends AddressFilter {

    public ProfileAddressFilter() {
        super("/people/([0-9a-fA-F-]{36})", "/people/profile?id=");
    }
}
