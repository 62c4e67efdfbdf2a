package org.twinninglive.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The suite runs twice from one build: a first pass (H2, or the DB_* database) and, in CI, a
 * PostgreSQL pass (ear/pom.xml sets {@code test.pass}). What does not depend on the database
 * (the markup and accessibility of pages, response headers) is checked in the first pass only.
 */
public final class Passes {

    private Passes() {
    }

    /** Skips the calling test outside the first pass, saying why. */
    public static void onlyInTheFirstPass(String whyOnce) {
        assumeTrue(!"postgresql".equals(System.getProperty("test.pass")), whyOnce);
    }
}
