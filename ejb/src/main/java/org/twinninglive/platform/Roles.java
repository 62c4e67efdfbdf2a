package org.twinninglive.platform;

import java.util.Set;

/** The platform's roles, as realm roles of the identity provider (PRODUCT.md, "Who uses it"). */
public final class Roles {

    public static final String TEACHER = "teacher";
    public static final String MODERATOR = "moderator";
    /** National Support Service officer of one country. */
    public static final String NSS = "nss";
    /** Central Support Service officer. */
    public static final String CSS = "css";

    public static final Set<String> ALL = Set.of(TEACHER, MODERATOR, NSS, CSS);

    /**
     * A pupil of a TwinSpace (T2): never a role of the realm {@code twinning}, whose tokens are
     * stripped of it; given by {@code CurrentIdentity} to the identities of the realm
     * {@code twinning-pupils} alone, and to nothing else.
     */
    public static final String PUPIL = "pupil";

    private Roles() {
    }
}
