package org.focalpoint.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.focalpoint.accounts.AccountGateKeeper;
import org.focalpoint.accounts.FirstStop;

import java.io.IOException;
import java.security.Principal;

/**
 * Sends a signed-in person to what they must do before anything else: choose a new password
 * (accounts moved from the old platform), then accept the current Terms of Use and Data Privacy
 * statements. The page of that step stays reachable, and signing out happens from it.
 */
@WebFilter(filterName = "AccountGate", urlPatterns = "/*")
public class AccountGate extends HttpFilter {

    static final String NEW_PASSWORD_PAGE = "/account/new-password.xhtml";
    static final String CONSENT_PAGE = "/consent/accept.xhtml";

    @Inject
    private AccountGateKeeper gateKeeper;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Long accountId = accountIdOf(request.getUserPrincipal());
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (accountId == null || isResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        FirstStop stop = gateKeeper.firstStop(accountId);
        switch (stop) {
            case NONE -> chain.doFilter(request, response);
            case NEW_PASSWORD -> passOrSend(NEW_PASSWORD_PAGE, path, request, response, chain);
            case CONSENT -> passOrSend(CONSENT_PAGE, path, request, response, chain);
            case SIGN_IN_AGAIN -> {
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                send(request.getContextPath() + "/signin.xhtml", request, response);
            }
        }
    }

    private static void passOrSend(String page, String path, HttpServletRequest request, HttpServletResponse response,
                                   FilterChain chain) throws IOException, ServletException {
        if (page.equals(path)) {
            chain.doFilter(request, response);
        } else {
            send(request.getContextPath() + page, request, response);
        }
    }

    /** An Ajax request cannot follow an HTTP redirect: Faces' script expects the redirect in XML. */
    private static void send(String url, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }

    private static boolean isResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static Long accountIdOf(Principal principal) {
        if (principal == null) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }
}
