package org.twinninglive.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One criterion of a label application: the applicant's text, then the reviewer's score and comment. */
@Embeddable
public class CriterionAnswer {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private QualityCriterion criterion;

    @Column(name = "answer", nullable = false, length = 5000)
    private String answer;

    @Column
    private Integer score;

    @Column(name = "review_comment", length = 2000)
    private String comment;

    protected CriterionAnswer() {
    }

    CriterionAnswer(QualityCriterion criterion, String answer) {
        this.criterion = criterion;
        this.answer = answer;
    }

    void scored(int score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    public QualityCriterion criterion() {
        return criterion;
    }

    public String answer() {
        return answer;
    }

    public Integer score() {
        return score;
    }

    public String comment() {
        return comment;
    }
}
