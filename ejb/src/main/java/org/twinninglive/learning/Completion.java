package org.twinninglive.learning;

/**
 * What completing a module did: {@code counted} is false for a visitor (S5: only signed-in
 * work counts), and {@code firstTime} is false when the learner had completed it before.
 */
public record Completion(String moduleId, boolean counted, boolean firstTime) implements java.io.Serializable {
}
