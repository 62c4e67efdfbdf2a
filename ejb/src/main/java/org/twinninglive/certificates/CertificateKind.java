package org.twinninglive.certificates;

import java.util.Locale;
import java.util.Optional;

/** What a certificate certifies. Quality labels and prizes add their kinds here. */
public enum CertificateKind {
    PROJECT_PARTICIPATION;

    /** Its name in addresses: {@code participation}. */
    public String slug() {
        return switch (this) {
            case PROJECT_PARTICIPATION -> "participation";
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
