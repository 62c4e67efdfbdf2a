package org.twinninglive.certificates;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.projects.PrizeApplication;
import org.twinninglive.projects.ProjectAccess;
import org.twinninglive.projects.ProjectRepository;
import org.twinninglive.projects.QualityLabelLevel;

/**
 * Issues certificates on request (P6) and answers whether one is genuine. The first request of
 * a certificate records it with a new code; every later one draws the same certificate again, in
 * the language of the request. A code that was never issued is "not found".
 */
@Stateless
@PermitAll
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerProfile callers;

    @Inject
    Viewers viewers;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /**
     * The caller's certificate of participation in a project they are a member of, once it is
     * approved, in the language of their account.
     */
    public IssuedCertificate participation(SignedInIdentity identity, String projectId) {
        return issue(identity, projectId, CertificateKind.PROJECT_PARTICIPATION);
    }

    /**
     * The caller's certificate of this kind for a project they are a member of: participation once
     * it is approved; a quality label once the project holds it for them (the national one of the
     * country they joined from, the European one); a European Prize once the project won one (the
     * certificate names the first prize it won: its round and category). In the language of their
     * account; the same certificate, with the same code, each time.
     */
    public IssuedCertificate issue(SignedInIdentity identity, String projectId, CertificateKind kind) {
        var me = callers.of(identity);
        var project = access.visible(viewers.of(identity), projects.find(projectId));
        var member = project.member(me.id()).orElseThrow(() -> new ForbiddenException(
                "Only the project's founders and partners receive its certificate.").shownAs("certificate.notMember"));
        if (!project.status().isPublic()) {
            throw new ConflictException("A certificate is issued once the project is approved.")
                    .shownAs("certificate.notYet");
        }
        List<PrizeApplication> prizes = kind == CertificateKind.PRIZE ? projects.prizesWonBy(project.id()) : List.of();
        if (kind == CertificateKind.PRIZE && prizes.isEmpty()) {
            throw new ConflictException("The project has not won a European Prize.").shownAs("certificate.noPrize");
        }
        boolean held = switch (kind) {
            case PROJECT_PARTICIPATION, PRIZE -> true;
            case NATIONAL_QUALITY_LABEL -> project.holdsLabel(QualityLabelLevel.NATIONAL, member.country());
            case EUROPEAN_QUALITY_LABEL -> project.holdsLabel(QualityLabelLevel.EUROPEAN, null);
        };
        if (!held) {
            throw new ConflictException("The project does not hold this label for your school.")
                    .shownAs("certificate.noLabel");
        }
        // one prize certificate per member and project: the first prize the project won
        var prize = prizes.isEmpty() ? null : prizes.get(0);
        var certificate = existing(me.id(), kind, project.id()).orElseGet(() -> {
            var issued = new Certificate(kind, me.id(), me.displayName(), project.id(),
                    project.title(), member.schoolName(), member.country(), member.role().name(), clock.instant(),
                    prize == null ? null : prize.round().name(), prize == null ? null : prize.category());
            em.persist(issued);
            LOG.info(() -> "Certificate %s (%s) issued to %s for project %s".formatted(issued.code(), kind.slug(), me.id(),
                    project.id()));
            return issued;
        });
        return new IssuedCertificate(certificate.code(), "certificate-" + certificate.code() + ".pdf",
                CertificatePdf.draw(certificate, verifyUrl(certificate.code()), me.language().locale()));
    }

    /** Whether a code is a genuine certificate's, and what it certifies; an unknown one is "not found". */
    public Verification verify(String code) {
        return Optional.ofNullable(code).filter(c -> c.matches("[a-z2-7]{26}"))
                .map(c -> em.find(Certificate.class, c)).map(Verification::of)
                .orElseThrow(() -> new NotFoundException("The certificate"));
    }

    /** The public page that verifies a certificate: what its QR code holds. */
    public String verifyUrl(String code) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/" + code;
    }

    private Optional<Certificate> existing(String holderId, CertificateKind kind, String subjectId) {
        return em.createQuery("select c from Certificate c where c.holderId = :holder and c.kind = :kind"
                        + " and c.subjectId = :subject", Certificate.class)
                .setParameter("holder", holderId).setParameter("kind", kind).setParameter("subject", subjectId)
                .getResultStream().findFirst();
    }
}
