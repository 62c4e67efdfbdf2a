/**
 * Self-learning (H2, S5): a catalogue of modules (text, video links, a short quiz) that anyone
 * can read; completing one while signed in credits the SELF_LEARNING area of progression.
 */
package org.twinninglive.learning;
