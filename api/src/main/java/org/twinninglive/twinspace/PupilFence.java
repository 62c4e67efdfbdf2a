package org.twinninglive.twinspace;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Problem;

/**
 * A pupil's token reaches their own TwinSpace and nothing else (T2, DESIGN.md "identities"):
 * every other address of the API answers 404, as if it did not exist, before any resource reads
 * the request. Inside the space, {@link SpaceAccess} says what a pupil may do.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class PupilFence implements ContainerRequestFilter {

    private static final Pattern SPACE = Pattern.compile("^/?v1/projects/([^/]{1,36})/space(/.*)?$");

    @Inject
    CurrentIdentity current;

    @Inject
    PupilService pupils;

    @Override
    public void filter(ContainerRequestContext request) {
        var identity = current.get();
        if (identity.isEmpty() || !identity.get().isPupil()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        var address = SPACE.matcher(path);
        boolean theirs;
        try {
            // no dot segments (an encoded "/../" decoded here): the address must stay inside the space as written
            theirs = address.matches() && !path.contains("/.") && pupils.seat(identity.get()).projectId()
                    .equals(address.group(1));
        } catch (NotFoundException noSeat) {
            // a removed pupil, or one whose space's logins ended: nothing is theirs any more
            theirs = false;
        }
        if (!theirs) {
            request.abortWith(Problem.of(404, "There is no resource at this address.").toResponse());
        }
    }
}
