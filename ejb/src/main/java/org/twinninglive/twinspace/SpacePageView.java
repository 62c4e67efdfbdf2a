package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;

/**
 * A page of a TwinSpace as its members read it (T1): the sanitised {@code body} and its plain-text
 * form, its current {@code version} (to send back with an edit), who wrote it first and who
 * saved it last (a null name: a former member).
 */
public record SpacePageView(String id, String projectId, String parentId, String title, String body,
                            String bodyText, int version, Instant createdAt, String createdBy, String createdByName,
                            Instant updatedAt, String updatedBy, String updatedByName) implements Serializable {
}
