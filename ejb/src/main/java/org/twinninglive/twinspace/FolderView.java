package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twinninglive.media.StoredFileView;

/**
 * A folder or album of a TwinSpace's materials with its files, first added first (pictures have
 * a thumbnail); a null creator name: a former member.
 */
public record FolderView(String id, String name, boolean album, String createdById, String createdByName,
                         Instant createdAt, List<StoredFileView> files) implements Serializable {
}
