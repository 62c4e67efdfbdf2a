package org.twinninglive.projects;

/**
 * The five criteria of a quality label (P5), each answered by the applicant with a text and
 * scored by the reviewer from 0 to 5 with a comment. {@link #key()} is the criterion's name in
 * the API's {@code criteria} and {@code scores} objects.
 */
public enum QualityCriterion {
    PEDAGOGICAL_INNOVATION("pedagogicalInnovation"),
    CURRICULAR_INTEGRATION("curricularIntegration"),
    COLLABORATION("collaboration"),
    USE_OF_TECHNOLOGY("useOfTechnology"),
    RESULTS_AND_IMPACT("resultsAndImpact");

    /** The highest score of a criterion (the lowest is 0). */
    public static final int TOP_SCORE = 5;

    private final String key;

    QualityCriterion(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
