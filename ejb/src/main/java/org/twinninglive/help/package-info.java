/**
 * The help centre (H1, H3): questions and answers for teachers, and tutorials (curated links
 * per topic), from the resource bundle {@code org.twinninglive.help.HelpCentre} in English
 * (the base bundle), Spanish, French and German; searchable without regard to case or accents.
 */
package org.twinninglive.help;
