package org.twinninglive.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.TwinningException;

/**
 * The signed-in member's certificate of a project as a PDF download (P6), at
 * {@code /certificates/{kind}/{projectId}} (kind: participation, national-quality-label,
 * european-quality-label; signed-in only, web.xml); what may not be
 * issued is the error page of its kind, never a half-written file.
 */
@WebServlet("/certificates/*")
public class CertificateServlet extends HttpServlet {

    private static final Pattern ADDRESS = Pattern.compile("/([a-z-]{1,40})/([0-9a-fA-F-]{36})");

    @Inject
    CurrentIdentity identity;

    @Inject
    CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        var kind = matcher.matches() ? CertificateKind.ofSlug(matcher.group(1)) : java.util.Optional.<CertificateKind>empty();
        if (kind.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        IssuedCertificate issued;
        try {
            issued = certificates.issue(identity.require(), matcher.group(2), kind.get());
        } catch (NotFoundException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ForbiddenException notTheirs) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (TwinningException notYet) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + issued.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(issued.pdf().length);
        response.getOutputStream().write(issued.pdf());
    }
}
