package org.twinninglive.people;

/** A photo's bytes (JPEG) and the version of the profile's photo they belong to. */
public record PhotoFile(byte[] bytes, int version) {
}
