/**
 * Schools: the institutions teachers work at, as records of their own (name, country, city,
 * type, national id), so that teachers point at one shared school rather than each typing it.
 */
package org.twinninglive.schools;
