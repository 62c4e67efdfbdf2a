package org.twinninglive.twinspace;

import java.io.Serializable;

/**
 * What a pupil signs in with (T2), shown once to the teacher who made or reset the login, for a
 * printed sheet: the platform keeps no password, Keycloak only its hash.
 */
public record AccessCode(String pupilId, String nickname, String username, String password) implements Serializable {
}
