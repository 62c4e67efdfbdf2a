package org.twinninglive.people;

/** The choices a user makes about the platform itself; the service checks them. */
public record PreferencesRequest(String language) {
}
