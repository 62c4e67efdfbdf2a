/**
 * What every feature leans on: the schema migration run at deployment, the paging types,
 * the domain exceptions that the doors (pages, REST) turn into messages and problem
 * responses, how a database outage is told from a bug, and the signed-in identity as the
 * doors hand it to services.
 */
package org.twinninglive.platform;
