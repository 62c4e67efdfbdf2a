/**
 * Follow and contacts (C1–C3): following someone's public activity, mutual contacts made by
 * request and acceptance, and the feed of followed people's activity on the desktop.
 */
package org.twinninglive.contacts;
