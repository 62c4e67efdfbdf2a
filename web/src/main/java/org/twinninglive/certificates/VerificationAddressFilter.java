package org.twinninglive.certificates;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** Gives the verification of a certificate its address {@code /verify/{code}} (P6), the one its QR code holds. */
@WebFilter("/verify/*")
public class VerificationAddressFilter extends HttpFilter {

    private static final Pattern CODE = Pattern.compile("/verify/([A-Za-z0-9]{1,64})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var matcher = CODE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches()) {
            request.getRequestDispatcher("/verify?code=" + matcher.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
