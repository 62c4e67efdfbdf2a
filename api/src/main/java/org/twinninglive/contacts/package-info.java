/** Follow and contacts (C1, C2) through the API: requests, answers, the contact list, the feed. */
package org.twinninglive.contacts;
