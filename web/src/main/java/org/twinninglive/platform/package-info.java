/**
 * The pages' own plumbing: the signed-in user of the session, whether sign-in is available,
 * and logging out.
 */
package org.twinninglive.platform;
