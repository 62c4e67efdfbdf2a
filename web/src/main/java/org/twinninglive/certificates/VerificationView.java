package org.twinninglive.certificates;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Locale;
import org.twinninglive.platform.NotFoundException;

/**
 * Backs verify.xhtml, the page at {@code /verify/{code}} (P6), for anyone: whether the certificate
 * is genuine, for whom and what; an unknown code says plainly that it is not a genuine
 * certificate (404), and the page is never indexed.
 */
@Named
@ViewScoped
public class VerificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService certificates;

    private String code;
    private Verification verification;

    public void load() {
        var faces = FacesContext.getCurrentInstance();
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            verification = certificates.verify(code == null ? null : code.toLowerCase(Locale.ROOT));
        } catch (NotFoundException unknown) {
            verification = null;
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getVerification() {
        return verification;
    }
}
