/** Certificates through the API (P6): downloading one's certificate, verifying any by its code. */
package org.twinninglive.certificates;
