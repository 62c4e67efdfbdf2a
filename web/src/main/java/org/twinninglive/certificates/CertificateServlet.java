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
 * {@code /certificates/participation/{projectId}} (signed-in only, web.xml); what may not be
 * issued is the error page of its kind, never a half-written file.
 */
@WebServlet("/certificates/*")
public class CertificateServlet extends HttpServlet {

    private static final Pattern PARTICIPATION = Pattern.compile("/participation/([0-9a-fA-F-]{36})");

    @Inject
    CurrentIdentity identity;

    @Inject
    CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = PARTICIPATION.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        IssuedCertificate issued;
        try {
            issued = certificates.participation(identity.require(), matcher.group(1));
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
