package org.focalpoint.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The headers every response carries: no guessing of content types, no page address sent to other
 * sites, and the Content-Security-Policy. The policy is written once, as PrimeFaces'
 * {@code primefaces.CSP_POLICY} in web.xml: on the pages PrimeFaces renders it adds the nonce its
 * scripts run with; every other response (resources, redirects, the server's own answers) gets the
 * policy as written, under which no inline script runs at all. Mapped in web.xml, before any other
 * filter.
 */
public class SecurityHeaders extends HttpFilter {

    private static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    private static final String CSP = "Content-Security-Policy";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new ServletException(POLICY_PARAMETER + " is not set in web.xml");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader(CSP, policy);
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * PrimeFaces adds its policy as a second header. A browser enforces every policy it is sent, and
     * the one without the nonce would block the scripts the other allows: PrimeFaces' replaces it.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
