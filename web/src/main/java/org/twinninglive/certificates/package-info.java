/** Certificates on pages (P6): one's certificate as a download, and the public page that verifies any. */
package org.twinninglive.certificates;
