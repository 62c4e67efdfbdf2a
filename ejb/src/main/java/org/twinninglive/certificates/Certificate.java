package org.twinninglive.certificates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * A certificate issued to a person (P6): what it certifies as it stood when issued, and its
 * verification code. After the holder's account is erased it keeps everything but who they were.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    @Id
    @Column(length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CertificateKind kind;

    @Column(name = "holder_id", length = 36)
    private String holderId;

    @Column(name = "holder_name", length = 200)
    private String holderName;

    @Column(name = "subject_id", nullable = false, length = 36)
    private String subjectId;

    @Column(name = "subject_title", nullable = false, length = 200)
    private String subjectTitle;

    @Column(name = "school_name", length = 200)
    private String schoolName;

    @Column(length = 2)
    private String country;

    @Column(length = 16)
    private String role;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    /** A prize certificate's round of the European Prizes and its category (P5); null for the other kinds. */
    @Column(name = "prize_round", length = 200)
    private String prizeRound;

    @Column(name = "prize_category", length = 100)
    private String prizeCategory;

    protected Certificate() {
    }

    public Certificate(CertificateKind kind, String holderId, String holderName, String subjectId, String subjectTitle,
                       String schoolName, String country, String role, Instant now) {
        this(kind, holderId, holderName, subjectId, subjectTitle, schoolName, country, role, now, null, null);
    }

    public Certificate(CertificateKind kind, String holderId, String holderName, String subjectId, String subjectTitle,
                       String schoolName, String country, String role, Instant now, String prizeRound,
                       String prizeCategory) {
        this.code = newCode();
        this.kind = kind;
        this.holderId = holderId;
        this.holderName = holderName;
        this.subjectId = subjectId;
        this.subjectTitle = subjectTitle;
        this.schoolName = schoolName;
        this.country = country;
        this.role = role;
        this.issuedAt = now;
        this.prizeRound = prizeRound;
        this.prizeCategory = prizeCategory;
    }

    /** 128 random bits in 26 characters of base32 (lower case, no padding). */
    static String newCode() {
        byte[] bits = new byte[17];
        RANDOM.nextBytes(bits);
        var code = new StringBuilder(26);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5 && code.length() < 26) {
                code.append(BASE32[(buffer >> (held - 5)) & 31]);
                held -= 5;
            }
        }
        return code.toString();
    }

    void holderErased() {
        holderId = null;
        holderName = null;
    }

    public String code() {
        return code;
    }

    public CertificateKind kind() {
        return kind;
    }

    public String holderId() {
        return holderId;
    }

    public String holderName() {
        return holderName;
    }

    public String subjectId() {
        return subjectId;
    }

    public String subjectTitle() {
        return subjectTitle;
    }

    public String schoolName() {
        return schoolName;
    }

    public String country() {
        return country;
    }

    public String role() {
        return role;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String prizeRound() {
        return prizeRound;
    }

    public String prizeCategory() {
        return prizeCategory;
    }
}
