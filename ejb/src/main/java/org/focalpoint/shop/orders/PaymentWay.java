package org.focalpoint.shop.orders;

import org.focalpoint.words.Labelled;

/** How an order is paid: against an invoice with a QR-bill, by bank transfer, or by card on the provider's page. */
public enum PaymentWay implements Labelled {
    INVOICE,
    CARD;

    @Override
    public String labelGroup() {
        return "payment-way";
    }
}
