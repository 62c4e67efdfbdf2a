package org.twinninglive.learning;

/** What a step of a module is. */
public enum StepKind {
    TEXT,
    VIDEO,
    QUIZ
}
