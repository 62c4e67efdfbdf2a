/** Administration in the API, for the Central Support Service. */
package org.twinninglive.admin;
