package org.focalpoint.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.focalpoint.accounts.AccountState;

import java.io.IOException;

/**
 * Test-only, for tests that drive the application over HTTP: {@code POST /it/public/accounts}
 * creates an account (public, as the test is not signed in yet); {@code GET /it/whoami} answers
 * who an EJB sees as the caller (protected like every page).
 */
@WebServlet("/it/*")
public class TestSupportServlet extends HttpServlet {

    @Inject
    private TestAccounts accounts;

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
        if (!"/whoami".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(accounts.whoAmI());
    }
}
