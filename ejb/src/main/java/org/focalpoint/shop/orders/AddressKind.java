package org.focalpoint.shop.orders;

import org.focalpoint.words.Labelled;

/** Which of an order's addresses a message is about. */
public enum AddressKind implements Labelled {
    BILLING,
    SHIPPING;

    @Override
    public String labelGroup() {
        return "address-kind";
    }
}
