/** Downloads of stored files for pages. */
package org.twinninglive.media;
