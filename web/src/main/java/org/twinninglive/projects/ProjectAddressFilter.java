package org.twinninglive.projects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Gives every project its address {@code /projects/{id}} (P2): such a request is served by
 * projects/project.xhtml, which asks the projects' access rule who may see it; visitors too.
 */
@WebFilter("/projects/*")
public class ProjectAddressFilter extends HttpFilter {

    private static final Pattern PROJECT = Pattern.compile("/projects/([0-9a-fA-F-]{36})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var matcher = PROJECT.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches()) {
            request.getRequestDispatcher("/projects/project?id=" + matcher.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
