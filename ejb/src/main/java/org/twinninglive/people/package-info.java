/**
 * People: the platform's own profile of each account the identity provider knows. A profile
 * is created on the first sign-in from what the token says (name, e-mail, country) and kept
 * in step on later sign-ins; it is what every other feature points at when it means "a user".
 */
package org.twinninglive.people;
