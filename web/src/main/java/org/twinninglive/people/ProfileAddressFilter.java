package org.twinninglive.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Gives every profile its address {@code /people/{id}} (U1): such a request is served by
 * people/profile.xhtml, which decides itself who may see the profile. The forward goes to the
 * page's clean address {@code /people/profile}: its {@code .xhtml} form answers a redirect
 * (FacesViews, web.xml).
 */
@WebFilter("/people/*")
public class ProfileAddressFilter extends HttpFilter {

    private static final Pattern PROFILE = Pattern.compile("/people/([0-9a-fA-F-]{36})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var matcher = PROFILE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches()) {
            request.getRequestDispatcher("/people/profile?id=" + matcher.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
