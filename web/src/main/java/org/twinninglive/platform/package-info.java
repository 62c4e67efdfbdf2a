/**
 * The pages' own plumbing: the signed-in user of the session, whether sign-in is available,
 * logging out, and the page that answers while the database does not.
 */
package org.twinninglive.platform;
