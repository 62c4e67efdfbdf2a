package org.twinninglive.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Gives a page a readable address with an id in its path ({@code /people/{id}},
 * {@code /projects/{id}/space}): a request whose path matches {@code address} is forwarded to
 * {@code page} with the id as the {@code parameter} (its query goes along); any other passes on.
 * The page decides itself who may see what it shows.
 */
public abstract class AddressFilter extends HttpFilter {

    private final Pattern address;
    private final String page;

    /** {@code address}: the path after the context, its first group the id; {@code page}: e.g. {@code /people/profile?id=}. */
    protected AddressFilter(String address, String page) {
        this.address = Pattern.compile(address);
        this.page = page;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var matcher = address.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches()) {
            request.getRequestDispatcher(page + matcher.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
