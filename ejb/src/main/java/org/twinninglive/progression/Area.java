package org.twinninglive.progression;

/** The areas of progression (S2), plus self-learning, the second source (S1). */
public enum Area {
    ELEMENTARY,
    COMMUNICATION,
    COOPERATION,
    NETWORK,
    PROFESSIONAL_DEVELOPMENT_QUALITY,
    SELF_LEARNING
}
