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
 * the request; but a file's download, which the file store answers only for the materials of
 * their space ({@link SpaceMaterials}). Inside the space, {@link SpaceAccess} says what a pupil may do.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class PupilFence implements ContainerRequestFilter {

    private static final Pattern SPACE = Pattern.compile("^/?v1/projects/([^/]{1,36})/space(/.*)?$");
    /** A file's download: the file store's own rule then says whether it is one of their space's materials. */
    private static final Pattern FILE = Pattern.compile("^/?v1/files/[^/]{1,36}(/thumbnail)?$");
    /** Written in a way that could decode into another address: an encoded slash, backslash or dot, a matrix parameter. */
    private static final Pattern DISGUISED = Pattern.compile("%(2f|5c|2e)|;", Pattern.CASE_INSENSITIVE);

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
            // no dot segments (an encoded "/../" decoded here), nothing that decodes into other segments:
            // the address must stay inside the space as written
            boolean plain = !path.contains("/.") && !DISGUISED.matcher(request.getUriInfo().getPath(false)).find();
            boolean download = "GET".equals(request.getMethod()) && FILE.matcher(path).matches();
            theirs = plain && (download || address.matches()
                    && pupils.seat(identity.get()).projectId().equals(address.group(1)));
        } catch (NotFoundException noSeat) {
            // a removed pupil, or one whose space's logins ended: nothing is theirs any more
            theirs = false;
        }
        if (!theirs) {
            request.abortWith(Problem.of(404, "There is no resource at this address.").toResponse());
        }
    }
}
