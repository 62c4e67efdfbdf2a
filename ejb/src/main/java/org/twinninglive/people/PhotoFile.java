package org.twinninglive.people;

/**
 * A photo's bytes (JPEG), the version of the profile's photo they belong to, and whether the
 * owner lets search engines index it (the profile's own setting, U4).
 */
public record PhotoFile(byte[] bytes, int version, boolean robotsMayIndex) {
}
