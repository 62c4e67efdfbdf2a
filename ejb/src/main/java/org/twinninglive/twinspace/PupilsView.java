package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A space's pupils for its teachers (T2): whether the parents' consent was confirmed (no pupil
 * before), by whom and when; the days pupils may still sign in after a close (T3); the pupils.
 */
public record PupilsView(String projectId, boolean consentConfirmed, Instant consentConfirmedAt,
                         String consentConfirmedByName, int graceDays, int mostPupils, List<PupilView> pupils)
        implements Serializable {
}
