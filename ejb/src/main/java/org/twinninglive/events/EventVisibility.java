package org.twinninglive.events;

/** Who knows an event exists (E2): everyone, or its organisers and the people invited. */
public enum EventVisibility {
    PUBLIC, PRIVATE
}
