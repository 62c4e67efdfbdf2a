package org.twinninglive.onboarding;

import java.io.Serializable;
import java.time.Instant;

/** A version of the terms of use and privacy notice as pages and the API show it. */
public record TermsView(String version, Instant publishedAt, String summary) implements Serializable {

    static TermsView of(TermsVersion version) {
        return new TermsView(version.version(), version.publishedAt(), version.summary());
    }
}
