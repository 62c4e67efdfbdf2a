/** Uploads and downloads of files through the API, for attaching to messages and later features. */
package org.twinninglive.media;
