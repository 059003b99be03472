package org.focalpoint.shop;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.security.CurrentAccount;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * A free PDF edition, downloaded by a signed-in person at {@code /shop/free/<edition id>} (web.xml
 * keeps the path behind sign-in) as an attachment named after its product number and language.
 * Any other edition, a priced or withdrawn one among them, is not found.
 */
@WebServlet("/shop/free/*")
public class FreeEditions extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private CatalogueDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CatalogueDownloads.Download> edition = Optional.ofNullable(PathId.of(request.getPathInfo()))
                .flatMap(id -> downloads.freeEdition(reader(), id));
        if (edition.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(edition.get().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + edition.get().fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(Files.size(edition.get().file()));
        Files.copy(edition.get().file(), response.getOutputStream());
    }

    private Account reader() {
        try {
            return currentAccount.get();
        } catch (RuleViolation signedOut) {
            return null;
        }
    }
}
