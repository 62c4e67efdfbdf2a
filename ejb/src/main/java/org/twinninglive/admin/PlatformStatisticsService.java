package org.twinninglive.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.platform.Roles;
import org.twinninglive.schools.SchoolRepository;

/** Platform figures, for the Central Support Service only. */
@Stateless
@RolesAllowed(Roles.CSS)
public class PlatformStatisticsService {

    @Inject
    ProfileRepository profiles;

    @Inject
    SchoolRepository schools;

    public PlatformStatistics current() {
        return new PlatformStatistics(profiles.count(), schools.count(null));
    }
}
