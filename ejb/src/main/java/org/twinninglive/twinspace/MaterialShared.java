package org.twinninglive.twinspace;

/** A member added a file to a folder or album of the project's TwinSpace (T1): it counts for their progression. */
public record MaterialShared(String profileId, String projectId, String fileId, String fileName) {
}
