package org.focalpoint.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.organizations.Organization;

import java.io.IOException;

/**
 * Test-only, for tests that drive the application over HTTP: {@code POST /it/public/accounts}
 * creates an account (public, as the test is not signed in yet); {@code GET /it/whoami} answers
 * who an EJB sees as the caller (protected like every page); {@code GET /it/public/organization?name=}
 * and {@code GET /it/public/affiliation?email=} answer the ids a browser test types into an address
 * or a forged form, as an attacker who guessed them would.
 */
@WebServlet("/it/*")
public class TestSupportServlet extends HttpServlet {

    @Inject
    private TestAccounts accounts;

    @PersistenceContext
    private EntityManager em;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/public/accounts".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = accounts.create(request.getParameter("email"), request.getParameter("password"),
                AccountState.valueOf(request.getParameter("state")),
                Boolean.parseBoolean(request.getParameter("staff")),
                Boolean.parseBoolean(request.getParameter("mustChangePassword"))).getId();
        response.setContentType("text/plain");
        response.getWriter().write(id.toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (String.valueOf(request.getPathInfo())) {
            case "/whoami" -> accounts.whoAmI();
            case "/public/organization" -> em.createNamedQuery("Organization.byName", Organization.class)
                    .setParameter("name", request.getParameter("name"))
                    .getResultStream().findFirst().map(o -> o.getId().toString()).orElse(null);
            case "/public/affiliation" -> em.createQuery("select a.id from Affiliation a "
                            + "where a.account.emailKey = :key order by a.id desc", Long.class)
                    .setParameter("key", Account.emailKey(request.getParameter("email")))
                    .getResultStream().findFirst().map(String::valueOf).orElse(null);
            default -> null;
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
