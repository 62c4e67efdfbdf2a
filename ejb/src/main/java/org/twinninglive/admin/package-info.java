/** Administration by the Central Support Service: platform figures, and later rules and reviews. */
package org.twinninglive.admin;
