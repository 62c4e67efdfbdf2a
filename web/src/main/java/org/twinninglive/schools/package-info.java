/**
 * The schools' part of the pages: picking a school in forms (U3), and the eTwinning School label
 * page of a teacher's current school at {@code /schools/label}, where its teachers read what the
 * criteria say and apply; the nss decides on {@code /support/school-labels}.
 */
package org.twinninglive.schools;
