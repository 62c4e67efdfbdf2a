/**
 * Self-learning (H2, S5): a catalogue of modules (text, video links, a short quiz) that anyone
 * can read, in English, Spanish, French or German (English where a text is not translated);
 * completing one while signed in credits the SELF_LEARNING area of progression.
 */
package org.twinninglive.learning;
