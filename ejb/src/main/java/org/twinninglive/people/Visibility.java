package org.twinninglive.people;

/** Who may see a profile (U4). */
public enum Visibility {
    /** Anyone, visitors and partner systems included. */
    EVERYONE,
    /** People signed in to the platform (the default). */
    REGISTERED,
    /** The owner's contacts only. */
    CONTACTS
}
