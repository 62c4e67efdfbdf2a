/**
 * The API's own plumbing: the JAX-RS application, the one mapping from failures to
 * {@code application/problem+json}, the page shape of lists, and health checks.
 */
package org.twinninglive.platform;
