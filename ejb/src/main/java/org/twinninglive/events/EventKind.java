package org.twinninglive.events;

/** What an event is (E1). */
public enum EventKind {
    WORKSHOP, TRAINING_SESSION, SCHOOL_PRESENTATION, PROJECT_PRESENTATION, PARTNER_SEARCH_SESSION, OTHER
}
