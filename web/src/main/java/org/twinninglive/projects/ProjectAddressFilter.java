package org.twinninglive.projects;

import jakarta.servlet.annotation.WebFilter;
import org.twinninglive.platform.AddressFilter;

/**
 * Gives every project its address {@code /projects/{id}} (P2): such a request is served by
 * projects/project.xhtml, which asks the projects' access rule who may see it; visitors too.
 */
@WebFilter("/projects/*")
public class ProjectAddressFilter extends AddressFilter {

    public ProjectAddressFilter() {
        super("/projects/([0-9a-fA-F-]{36})", "/projects/project?id=");
    }
}
