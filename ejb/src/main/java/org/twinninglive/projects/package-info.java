/**
 * Projects (P1, P3, P4): a project's life cycle from its creation to its validation by the
 * National Support Service of each founder's country, its founders and partners (invited among
 * contacts, with the cause of every refused invitation), its information, and who may see it.
 * The rules live in the {@link org.twinninglive.projects.Project} aggregate; services orchestrate.
 */
package org.twinninglive.projects;
