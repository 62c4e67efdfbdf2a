/** The REST door of joining (J1, J2): the terms in force and their acceptance, and a new teacher's first steps. */
package org.twinninglive.onboarding;
