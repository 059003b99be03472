package org.focalpoint.shop;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * What changed about a wished-for edition since it was added to the wish list: its price went up
 * or down, it became available or stopped being so, or it (or its publication) was withdrawn.
 * Prices are compared by value, so 10 and 10.00 are the same price.
 */
public record SinceAdded(Set<Change> changes) {

    public enum Change {
        PRICE_UP,
        PRICE_DOWN,
        AVAILABILITY_CHANGED,
        WITHDRAWN
    }

    public SinceAdded {
        changes = changes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(changes));
    }

    public static SinceAdded of(BigDecimal priceThen, Availability availabilityThen, BigDecimal priceNow,
                                Availability availabilityNow, boolean withdrawn) {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        int price = priceNow.compareTo(priceThen);
        if (price > 0) {
            changes.add(Change.PRICE_UP);
        } else if (price < 0) {
            changes.add(Change.PRICE_DOWN);
        }
        if (availabilityNow != availabilityThen) {
            changes.add(Change.AVAILABILITY_CHANGED);
        }
        if (withdrawn) {
            changes.add(Change.WITHDRAWN);
        }
        return new SinceAdded(changes);
    }

    public boolean nothing() {
        return changes.isEmpty();
    }

    public boolean has(Change change) {
        return changes.contains(change);
    }

    public boolean priceUp() {
        return has(Change.PRICE_UP);
    }

    public boolean priceDown() {
        return has(Change.PRICE_DOWN);
    }

    public boolean availabilityChanged() {
        return has(Change.AVAILABILITY_CHANGED);
    }

    public boolean withdrawn() {
        return has(Change.WITHDRAWN);
    }
}
