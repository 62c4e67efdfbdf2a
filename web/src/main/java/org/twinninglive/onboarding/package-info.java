/**
 * The pages of joining (J1, J2): the first steps of a new teacher (welcome/), the acceptance of a
 * new version of the terms (welcome/terms), the public terms and privacy notice, and the filter
 * that leads a signed-in person to them before any other page.
 */
package org.twinninglive.onboarding;
