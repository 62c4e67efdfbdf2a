/**
 * The projects' pages (P1–P5): the Projects tab, the form that creates and edits a project, the
 * project's own page at {@code /projects/{id}}, public when the project is open or closed, its
 * members' quality label and prize applications, and the European Prizes' rounds at {@code /prizes/}.
 */
package org.twinninglive.projects;
