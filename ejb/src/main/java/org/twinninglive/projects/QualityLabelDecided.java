package org.twinninglive.projects;

import java.util.List;

/**
 * A quality label application was decided (P5). When {@code awarded}, the project holds the
 * label and {@code holderIds} are the teachers it is theirs to show and certify: the members who
 * joined from the label's country (a national one), every member (the European one).
 */
public record QualityLabelDecided(String applicationId, String projectId, String applicantId, QualityLabelLevel level,
                                  String country, boolean awarded, List<String> holderIds, String reason, String title) {
}
