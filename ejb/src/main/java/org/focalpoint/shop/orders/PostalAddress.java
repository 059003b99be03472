package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;

import java.io.Serializable;
import java.util.Locale;

/**
 * Where an invoice or a parcel goes: a name, an organization if any, the address's lines as typed
 * and its country (ISO 3166 alpha-2, as the profile keeps it).
 */
public record PostalAddress(String name, String organization, String lines, String country) implements Serializable {

    static final int NAME_LENGTH = 200;
    static final int ORGANIZATION_LENGTH = 300;
    static final int LINES_LENGTH = 1000;

    /** Trimmed, each part within its column; a missing name, address or country is refused, naming which. */
    public PostalAddress checked(AddressKind what) {
        String name = strip(this.name);
        String lines = strip(this.lines);
        String country = strip(this.country);
        if (name == null || lines == null || country == null) {
            throw new RuleViolation("shop.orders.address-incomplete", what);
        }
        if (name.length() > NAME_LENGTH || lines.length() > LINES_LENGTH
                || (organization != null && organization.strip().length() > ORGANIZATION_LENGTH)) {
            throw new RuleViolation("shop.orders.address-too-long", what);
        }
        if (!country.matches("[A-Za-z]{2}")) {
            throw new RuleViolation("shop.orders.address-country", what);
        }
        return new PostalAddress(name, strip(organization), lines, country.toUpperCase(Locale.ROOT));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
