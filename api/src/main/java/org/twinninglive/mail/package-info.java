/** The e-mail choices per kind of notification (N4) through the API. */
package org.twinninglive.mail;
