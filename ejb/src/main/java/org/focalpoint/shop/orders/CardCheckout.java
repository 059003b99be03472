package org.focalpoint.shop.orders;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.ProductData;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.focalpoint.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens Stripe's hosted payment page for an order, so that card data never reaches the shop: one
 * Checkout Session in CHF for the order's total, naming the order by its number (Stripe hands it
 * back in the webhook) and its id (in the session's metadata, for staff looking at Stripe's
 * dashboard). Opening a page pays nothing: only {@link CardWebhook} says an order is paid.
 */
@ApplicationScoped
public class CardCheckout {

    private static final Logger LOG = Logger.getLogger(CardCheckout.class.getName());
    /** Stripe's smallest charge in CHF. */
    static final BigDecimal MINIMUM = new BigDecimal("0.50");
    static final String ORDER_ID = "order_id";

    @Inject
    private CardSettings settings;

    private StripeClient stripe;

    protected CardCheckout() {
    }

    /** For a caller outside the container, such as the test against the local stand-in. */
    public CardCheckout(CardSettings settings) {
        this.settings = settings;
        connect();
    }

    /** One client for the settings, rather than the SDK's static key, which all callers would share. */
    @PostConstruct
    void connect() {
        if (!offered()) {
            return;
        }
        stripe = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .build();
    }

    public boolean offered() {
        return settings.enabled();
    }

    public CardSession open(CardOrder order) {
        if (!offered()) {
            throw new RuleViolation("shop.orders.card-off");
        }
        BigDecimal total = order.total().setScale(2, RoundingMode.HALF_UP);
        if (total.compareTo(MINIMUM) < 0) {
            throw new RuleViolation("shop.orders.card-below-minimum", MINIMUM);
        }
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                // card only: other methods Stripe may offer in CHF confirm later, in other events
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
                .setClientReferenceId(order.orderNumber())
                .putMetadata(ORDER_ID, Long.toString(order.orderId()))
                .setCustomerEmail(order.buyerEmail())
                .setSuccessUrl(order.successUrl())
                .setCancelUrl(order.cancelUrl())
                .addLineItem(LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(PriceData.builder()
                                .setCurrency("chf")
                                .setUnitAmount(total.movePointRight(2).longValueExact())
                                .setProductData(ProductData.builder().setName(order.description()).build())
                                .build())
                        .build())
                .build();
        try {
            Session session = stripe.checkout().sessions().create(params);
            return new CardSession(session.getId(), session.getUrl());
        } catch (StripeException e) {
            LOG.log(Level.WARNING, "Stripe opened no payment page for order " + order.orderNumber(), e);
            throw new RuleViolation("shop.orders.card-unavailable");
        }
    }
}
