package org.twinninglive.media;

import java.time.Instant;

/**
 * A file attached to a thing, with who added it and when, for a feature that shows its uploaders
 * (an event's archive).
 *
 * @param file       the file, as every feature sees it
 * @param uploaderId the profile id of whoever uploaded and attached it (attaching is the uploader's alone)
 * @param attachedAt when it was attached to the thing
 */
public record AttachedFileView(StoredFileView file, String uploaderId, Instant attachedAt)
        implements java.io.Serializable {
}
