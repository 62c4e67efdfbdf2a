package org.twinninglive.messaging;

import java.io.Serializable;
import org.twinninglive.media.StoredFileView;

/** A file attached to a message: pages link it as /files/{id}. */
public record Attachment(String id, String name, long size, String type) implements Serializable {

    public static Attachment of(StoredFileView file) {
        return new Attachment(file.id(), file.name(), file.size(), file.type());
    }
}
