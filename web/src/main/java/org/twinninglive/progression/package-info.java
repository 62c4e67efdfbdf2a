/** Progression on the pages: the bars (desktop), the rules explained, and their administration. */
package org.twinninglive.progression;
