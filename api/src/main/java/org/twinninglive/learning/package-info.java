/** Self-learning in the API: the catalogue, modules, and completing one. */
package org.twinninglive.learning;
