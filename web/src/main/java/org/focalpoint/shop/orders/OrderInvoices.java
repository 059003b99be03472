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

/**
 * An order's invoice at {@code /shop/invoices/<order id>}, for its buyer or staff, signed in
 * (web.xml); for anyone else the order is not found.
 */
@WebServlet("/shop/invoices/*")
public class OrderInvoices extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private ShopOrders orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long orderId = PathId.of(request.getPathInfo());
        ShopOrders.Invoice invoice;
        try {
            invoice = orderId == null ? null : orders.invoice(currentAccount.get(), orderId);
        } catch (RuleViolation notFound) {
            invoice = null;
        }
        if (invoice == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + invoice.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(invoice.pdf().length);
        response.getOutputStream().write(invoice.pdf());
    }
}
