/**
 * Certificates (P6): the one PDF mechanism of the platform. Each certificate is issued on
 * request, in the holder's language, with an unguessable verification code and a QR code that
 * leads to the public page {@code /verify/{code}}, where anyone (a head teacher, an employer) can
 * check that it is genuine, for whom and what.
 */
package org.twinninglive.certificates;
