package org.twinninglive.people;

/**
 * The choices a user makes about the platform itself, each optional (at least one is sent):
 * the language of its texts and the time zone its dates are shown in. The service checks them.
 */
public record PreferencesRequest(String language, String timeZone) {
}
