package org.focalpoint.shop.orders;

import java.util.Objects;

/**
 * Whom a personalised copy is licensed to, as its pages say: the buyer's name, their organization
 * (none when they bought for themselves), the order's number and the licence line, already written
 * in the buyer's language.
 */
public record Licensee(String name, String organization, String orderNumber, String licenceLine) {

    public Licensee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(licenceLine, "licenceLine");
    }
}
