package org.focalpoint.shop.pricing;

import org.focalpoint.organizations.MembershipCategory;

import java.util.Objects;

/**
 * Who an order is for, as far as its price goes: a person for themselves (no category), or an
 * organization they are affiliated with, by its membership category and country (ISO 3166-1 alpha-2).
 */
public record Buyer(MembershipCategory category, String country) {

    public static Buyer forOneself() {
        return new Buyer(null, null);
    }

    public static Buyer onBehalfOf(MembershipCategory category, String country) {
        return new Buyer(Objects.requireNonNull(category), Objects.requireNonNull(country));
    }

    public boolean isForOneself() {
        return category == null;
    }
}
