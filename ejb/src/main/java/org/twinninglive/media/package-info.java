/**
 * Two mechanisms every feature shares (DESIGN.md, "Shared mechanisms"): {@link
 * org.twinninglive.media.RichText}, the one value type of every user-written body, sanitised on
 * the server with a plain-text form for mail and search; and the one store of uploaded files
 * ({@link org.twinninglive.media.FileStore}): type decided by content, size per use ({@link
 * org.twinninglive.media.UploadPolicy}), images re-encoded with thumbnails, and every download
 * decided by the access rule of the feature that owns the file ({@link
 * org.twinninglive.media.FileAccess}).
 */
package org.twinninglive.media;
