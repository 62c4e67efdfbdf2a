/**
 * The projects' pages (P1, P3, P4): the Projects tab, the form that creates and edits a project,
 * and the project's own page at {@code /projects/{id}}, public when the project is open or closed.
 */
package org.twinninglive.projects;
