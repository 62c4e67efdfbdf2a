/**
 * The help centre (H1, H3): questions and answers for teachers, and tutorials (curated links
 * per topic), from the resource bundle {@code org.twinninglive.help.HelpCentre} so that every
 * language can have its own; searchable without regard to case or accents.
 */
package org.twinninglive.help;
