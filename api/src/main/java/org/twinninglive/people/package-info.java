/** People in the API: who am I ({@code /v1/me}) and, as the people feature grows, profiles. */
package org.twinninglive.people;
