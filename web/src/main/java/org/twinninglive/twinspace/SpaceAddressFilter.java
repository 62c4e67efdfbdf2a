package org.twinninglive.twinspace;

import jakarta.servlet.annotation.WebFilter;
import org.twinninglive.platform.AddressFilter;

/**
 * Gives every project's TwinSpace its address {@code /projects/{id}/space} (T1): served by
 * twinspace/space.xhtml, which asks the space's access rule (ejb {@code twinspace.SpaceAccess}) who may see what;
 * visitors see its public part. The query ({@code ?page=}) goes along.
 */
@WebFilter("/projects/*")
public class SpaceAddressFilter extends AddressFilter {

    public SpaceAddressFilter() {
        super("/projects/([0-9a-fA-F-]{36})/space/?", "/twinspace/space?id=");
    }
}
