package org.focalpoint.shop.orders;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.focalpoint.RuleViolation;

import java.time.Clock;
import java.util.Optional;

/**
 * Reads what Stripe posts to the shop's webhook. Only a payload signed with the endpoint's secret,
 * at most five minutes ago, is believed (Stripe's own check, {@link Webhook#constructEvent}); the
 * rest is refused. Of what is believed, only a completed Checkout Session that is paid is a
 * payment; every other event is none of the shop's business and is ignored.
 */
@ApplicationScoped
public class CardWebhook {

    static final String COMPLETED = "checkout.session.completed";
    static final String PAID = "paid";
    /** Seconds; Stripe's recommendation, and what its SDK uses by default. */
    static final long TOLERANCE = 300;

    @Inject
    private CardSettings settings;

    @Inject
    private Clock clock;

    protected CardWebhook() {
    }

    /** For a caller outside the container, such as the test against the local stand-in. */
    public CardWebhook(CardSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The payment the payload confirms, or none when it is about something else; refused when it
     * is not signed as Stripe signs, too old, or not an event.
     */
    public Optional<CardPayment> read(String payload, String signatureHeader) {
        if (!settings.enabled()) {
            throw new RuleViolation("shop.orders.card-off");
        }
        if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
            throw new RuleViolation("shop.orders.card-webhook-not-signed");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, settings.webhookSecret(), TOLERANCE, clock);
        } catch (SignatureVerificationException | NumberFormatException | IndexOutOfBoundsException e) {
            // the SDK splits the header without checking its parts: "t=soon" or a bare "t" fail so
            throw new RuleViolation("shop.orders.card-webhook-not-signed");
        } catch (RuntimeException e) {
            // signed, but the SDK's JSON parser (whose exceptions are its own) cannot read it
            throw new RuleViolation("shop.orders.card-webhook-unreadable");
        }
        if (!COMPLETED.equals(event.getType())) {
            return Optional.empty();
        }
        Session session = completedSession(event);
        if (!PAID.equals(session.getPaymentStatus()) || session.getClientReferenceId() == null) {
            // a session of the same Stripe account that no order of this shop opened has no reference
            return Optional.empty();
        }
        if (session.getAmountTotal() == null || session.getCurrency() == null) {
            throw new RuleViolation("shop.orders.card-webhook-unreadable");
        }
        return Optional.of(new CardPayment(event.getId(), session.getId(), session.getClientReferenceId(),
                session.getAmountTotal(), session.getCurrency()));
    }

    private static Session completedSession(Event event) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        try {
            // an endpoint pinned to an API version other than the SDK's gets no typed object, yet
            // the fields read here are the same in every version
            StripeObject object = data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
            if (object instanceof Session session) {
                return session;
            }
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            // refused below, as any other event whose object is not a session
        }
        throw new RuleViolation("shop.orders.card-webhook-unreadable");
    }
}
