/** Projects through the API (P1, P3, P4): the project, its invitations and partners, the nss decisions. */
package org.twinninglive.projects;
