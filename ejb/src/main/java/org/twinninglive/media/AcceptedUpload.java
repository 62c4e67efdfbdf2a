package org.twinninglive.media;

/**
 * An upload as the store keeps it, once its use accepted it: the corrected name, the type by
 * content, the bytes (re-encoded for a picture) and, for a picture, its thumbnail (else null).
 */
record AcceptedUpload(String name, FileType type, byte[] content, byte[] thumbnail) {

    boolean hasThumbnail() {
        return thumbnail != null;
    }
}
