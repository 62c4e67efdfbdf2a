package org.twinninglive.events;

/** Whether an event still takes place. */
public enum EventStatus {
    SCHEDULED, CANCELLED
}
