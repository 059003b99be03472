package org.focalpoint.shop.orders;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.focalpoint.RuleViolation;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.shop.PathId;

import java.io.IOException;
import java.nio.file.Files;

/**
 * A bought PDF edition at {@code /shop/downloads/<order line id>}, for its buyer signed in
 * (web.xml): the personalised copy, counted. A download refused (another's, unpaid, spent, lapsed)
 * sends the reader to the order's page, which says why ({@link OrderPage}).
 */
@WebServlet("/shop/downloads/*")
public class PaidCopies extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PaidDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long lineId = PathId.of(request.getPathInfo());
        if (lineId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PaidDownloads.Download download;
        try {
            download = downloads.download(currentAccount.get(), lineId);
        } catch (RuleViolation refused) {
            response.sendRedirect(request.getContextPath() + "/" + ShopOrders.ORDER_PAGE + "?line=" + lineId);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(Files.size(download.file()));
        Files.copy(download.file(), response.getOutputStream());
    }
}
