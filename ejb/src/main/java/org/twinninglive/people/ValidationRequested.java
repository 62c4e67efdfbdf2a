package org.twinninglive.people;

/**
 * An account waits for the review of the nss of a country (U6): a new teacher who took their
 * first steps, or a teacher whose new school is in another country or was proposed by them.
 */
public record ValidationRequested(String profileId, String country) {
}
