/** The help centre page: topics, tutorials and search. */
package org.twinninglive.help;
