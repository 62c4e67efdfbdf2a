/**
 * Joining the platform (J1, J2): the terms of use and privacy notice in versions and who accepted
 * which, and the first steps of a new account (school, what they teach, privacy) before the
 * review of their National Support Service (U6). Sign-up, e-mail verification and password
 * recovery are Keycloak's (realm {@code twinning}); this package starts at the first sign-in.
 */
package org.twinninglive.onboarding;
