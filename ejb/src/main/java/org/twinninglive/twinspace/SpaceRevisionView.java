package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;

/**
 * A saved version of a page (T1): in a page's history and on the Twinboard without its body; read
 * alone, with the body as it was then. A null editor name: a former member.
 */
public record SpaceRevisionView(String pageId, int version, String title, String editorId, String editorName,
                                Instant editedAt, String body) implements Serializable {
}
