/** The school registry in the API. */
package org.twinninglive.schools;
