package org.twinninglive.certificates;

import java.io.Serializable;
import java.time.Instant;

/**
 * What {@code /verify/{code}} says of a genuine certificate: its kind, for whom ({@code holder}
 * absent and {@code formerMember} true once their account is erased) and what; a prize
 * certificate's round of the European Prizes and category (absent for the other kinds).
 */
public record Verification(String code, boolean genuine, String kind, String holder, boolean formerMember,
                           String project, String projectId, String school, String country, String role,
                           Instant issuedAt, String prizeRound, String prizeCategory) implements Serializable {

    static Verification of(Certificate certificate) {
        return new Verification(certificate.code(), true, certificate.kind().name(), certificate.holderName(),
                certificate.holderId() == null, certificate.subjectTitle(), certificate.subjectId(),
                certificate.schoolName(), certificate.country(), certificate.role(), certificate.issuedAt(),
                certificate.prizeRound(), certificate.prizeCategory());
    }
}
