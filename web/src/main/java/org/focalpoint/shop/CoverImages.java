package org.focalpoint.shop;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * A publication's cover, for anyone, at {@code /shop/covers/<sha-256>}: only a digest a
 * publication names, anything else is not found. The address changes with the content, so the
 * browser may keep it for a year.
 */
@WebServlet("/shop/covers/*")
public class CoverImages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String A_YEAR = "public, max-age=31536000, immutable";

    @Inject
    private CatalogueDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<CatalogueDownloads.Download> cover = path == null ? Optional.empty()
                : downloads.cover(path.substring(1));
        if (cover.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(cover.get().mediaType());
        response.setHeader("Cache-Control", A_YEAR);
        response.setContentLengthLong(Files.size(cover.get().file()));
        Files.copy(cover.get().file(), response.getOutputStream());
    }
}
