package org.twinninglive.certificates;

import java.util.Locale;
import java.util.Optional;

/** What a certificate certifies: taking part in a project, a quality label of it, a European Prize it won (P5, P6). */
public enum CertificateKind {
    PROJECT_PARTICIPATION,
    /** The National Quality Label of the holder's country, for the teachers who joined the project from there. */
    NATIONAL_QUALITY_LABEL,
    /** The European Quality Label, for every member of the project. */
    EUROPEAN_QUALITY_LABEL,
    /** A European Prize the project won (its first), for every member of the project. */
    PRIZE;

    /**
     * Its name in addresses: {@code participation}, {@code national-quality-label},
     * {@code european-quality-label}, {@code prize}.
     */
    public String slug() {
        return switch (this) {
            case PROJECT_PARTICIPATION -> "participation";
            case NATIONAL_QUALITY_LABEL -> "national-quality-label";
            case EUROPEAN_QUALITY_LABEL -> "european-quality-label";
            case PRIZE -> "prize";
        };
    }

    public static Optional<CertificateKind> ofSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug().equals(slug == null ? null : slug.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
