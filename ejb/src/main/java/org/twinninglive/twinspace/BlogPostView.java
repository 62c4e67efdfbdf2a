package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;

/**
 * A post of a TwinSpace's public blog as everyone reads it. {@code authorId} null: a former member;
 * {@code authorName} null with an author: a teacher of the project whose name the reader may not see.
 */
public record BlogPostView(String id, String projectId, String title, String body, String bodyText, String authorId,
                           String authorName, Instant publishedAt) implements Serializable {
}
