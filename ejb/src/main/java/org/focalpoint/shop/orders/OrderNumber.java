package org.focalpoint.shop.orders;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * An order's number: two digits of the year it was placed in and eight of its id, e.g. 2600000123,
 * ten digits people can read out on the phone and a bank transfer's reference can carry.
 */
final class OrderNumber {

    private static final long MOST_IDS = 100_000_000L;

    private OrderNumber() {
    }

    static String of(long id, Instant placedAt) {
        if (id <= 0 || id >= MOST_IDS) {
            throw new IllegalStateException("orderId=" + id); // eight digits are a hundred million orders
        }
        int year = placedAt.atZone(ZoneOffset.UTC).getYear() % 100;
        return String.format("%02d%08d", year, id);
    }

    static boolean isWellFormed(String text) {
        return text != null && text.matches("\\d{10}");
    }
}
