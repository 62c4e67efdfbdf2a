package org.twinninglive.events;

/** A participant, or someone waiting for a seat of a full event (E7). */
public enum RegistrationStatus {
    REGISTERED, WAITING
}
