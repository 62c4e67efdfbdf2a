/** The e-mail choices page and the unsubscribe link of every mail (N4). */
package org.twinninglive.mail;
