package org.twinninglive.media;

/**
 * A stored file as features and clients see it.
 *
 * @param id   the file's id, to attach it and to download it ({@code /files/{id}})
 * @param name the name it is kept under, its extension that of its type
 * @param size its size in bytes
 * @param type its MIME type, decided by its content
 */
public record StoredFileView(String id, String name, long size, String type) implements java.io.Serializable {
}
