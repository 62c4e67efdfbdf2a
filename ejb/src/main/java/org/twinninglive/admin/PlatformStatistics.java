package org.twinninglive.admin;

/** How big the platform is now. */
public record PlatformStatistics(long profiles, long schools) {
}
