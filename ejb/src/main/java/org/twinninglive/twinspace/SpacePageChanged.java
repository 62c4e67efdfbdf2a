package org.twinninglive.twinspace;

import java.util.List;

/**
 * Someone saved a new version of a page of a TwinSpace (T1): its followers other than the
 * editor who may still read the space hear of it at {@code address}. A pupil-administrator's
 * {@code editorId} is their seat's, no profile's: the notice says "someone", and groups as others do.
 */
public record SpacePageChanged(String projectId, String pageId, String title, String editorId,
                               List<String> followerIds, String address) {
}
