/** Self-learning on the pages: the catalogue and a module with its quiz. */
package org.twinninglive.learning;
