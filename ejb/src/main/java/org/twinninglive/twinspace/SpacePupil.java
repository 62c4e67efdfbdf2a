package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * A pupil of one TwinSpace (T2): a login a teacher made for a class, a Keycloak identity of the
 * realm {@code twinning-pupils} with a generated user name and password. The platform keeps the
 * nickname the teacher chose (no real name is needed) and the space; never a password nor an
 * e-mail. A pupil-administrator may also edit pages and open threads.
 */
@Entity
@Table(name = "space_pupil")
public class SpacePupil {

    public static final int LONGEST_NICKNAME = 40;
    /** Letters and digits nobody mistakes for another when reading a printed sheet (no 0/o, 1/l/i). */
    static final String READABLE = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int USERNAME_LENGTH = 7;
    static final int PASSWORD_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(nullable = false, length = 36)
    private String subject;

    @Column(nullable = false, length = 32)
    private String username;

    @Column(nullable = false, length = LONGEST_NICKNAME)
    private String nickname;

    @Column(nullable = false)
    private boolean administrator;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SpacePupil() {
    }

    /** A pupil's login as Keycloak made it: its subject and user name, the nickname the teacher gave. */
    static SpacePupil of(String projectId, String subject, String username, String nickname, String by, Instant now) {
        var pupil = new SpacePupil();
        pupil.id = UUID.randomUUID().toString();
        pupil.projectId = projectId;
        pupil.subject = subject;
        pupil.username = username;
        pupil.nickname = nickname(nickname);
        pupil.createdBy = by;
        pupil.createdAt = now;
        return pupil;
    }

    /** A nickname as the teacher typed it: one line, required, at most {@link #LONGEST_NICKNAME} characters. */
    static String nickname(String typed) {
        String clean = Texts.line(typed, "nicknames");
        if (clean.isEmpty() || clean.length() > LONGEST_NICKNAME) {
            throw new InvalidInputException("nicknames", "Each nickname has 1 to " + LONGEST_NICKNAME + " characters.")
                    .shownAs("space.pupils.nickname", LONGEST_NICKNAME);
        }
        return clean;
    }

    /** A user name for a new pupil: "p" and six readable characters (unique in the realm: Keycloak says if not). */
    static String newUsername() {
        return "p" + random(USERNAME_LENGTH - 1);
    }

    /** A password for a pupil, short enough to type from a sheet, out of 31^8 (about 8.5 × 10^11). */
    static String newPassword() {
        return random(PASSWORD_LENGTH);
    }

    private static String random(int length) {
        var code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return code.toString();
    }

    /** The teacher makes the pupil a pupil-administrator, or a pupil again. */
    public void administrator(boolean administrator) {
        this.administrator = administrator;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String nickname() {
        return nickname;
    }

    public boolean administrator() {
        return administrator;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
