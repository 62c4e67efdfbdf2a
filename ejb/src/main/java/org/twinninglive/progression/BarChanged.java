package org.twinninglive.progression;

/** The bar of one user, or of everyone (null), changed; cached copies go once the change commits. */
record BarChanged(String profileId) {

    static BarChanged everyone() {
        return new BarChanged(null);
    }
}
