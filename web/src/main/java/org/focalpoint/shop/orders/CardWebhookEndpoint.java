package org.focalpoint.shop.orders;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.focalpoint.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Where the payment provider tells of a payment ({@code POST /shop/card/webhook}, public: the
 * signature, not a session, says who speaks). A signed event is answered 200 whatever it did, so
 * that the provider stops sending it; a bad signature 400 and nothing changes; a failure 500, and
 * the provider sends it again later.
 */
@WebServlet("/shop/card/webhook")
public class CardWebhookEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(CardWebhookEndpoint.class.getName());

    /** Far more than any event the provider sends; a larger body is no event of theirs. */
    private static final int MOST_BYTES = 256 * 1024;

    @Inject
    private CardPayments cards;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MOST_BYTES + 1);
        }
        if (body.length > MOST_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            OrderPayments.Taken taken = cards.received(new String(body, StandardCharsets.UTF_8),
                    request.getHeader("Stripe-Signature"));
            LOG.fine(() -> "Card webhook: " + taken);
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (RuleViolation refused) {
            LOG.warning(() -> "Card webhook refused: " + refused.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
