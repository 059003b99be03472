package org.focalpoint.shop.pricing;

import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.shop.EditionFormat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The price rules in force, as read at one moment: the active discount rules, the Least Developed
 * Countries, the minimum order for a discount, the shipping zones and the tax rules.
 */
public record PriceRules(List<Discount> discounts,
                         Set<String> leastDevelopedCountries,
                         BigDecimal minimumOrder,
                         List<Zone> zones,
                         List<Tax> taxes) {

    public PriceRules {
        discounts = List.copyOf(discounts);
        leastDevelopedCountries = Set.copyOf(leastDevelopedCountries);
        zones = List.copyOf(zones);
        taxes = List.copyOf(taxes);
    }

    /** A discount rule: {@code percent} % off for organizations of these categories, perhaps only LDCs', perhaps only on PDF. */
    public record Discount(String name, BigDecimal percent, Set<MembershipCategory> categories,
                           boolean leastDevelopedOnly, boolean electronicOnly) {

        public Discount {
            categories = Set.copyOf(categories);
        }

        boolean isFor(MembershipCategory category) {
            return categories.contains(category);
        }

        boolean fitsCountry(String country, Set<String> leastDeveloped) {
            return !leastDevelopedOnly || leastDeveloped.contains(country);
        }

        boolean fitsFormat(EditionFormat format) {
            return !electronicOnly || format == EditionFormat.PDF;
        }
    }

    /**
     * A shipping zone: what posting the first item costs and each further one. The rest of the world
     * has no countries of its own: it takes every country no other zone names.
     */
    public record Zone(String name, Set<String> countries, BigDecimal firstItem, BigDecimal furtherItem) {

        public Zone {
            countries = Set.copyOf(countries);
        }

        boolean isRestOfWorld() {
            return countries.isEmpty();
        }

        BigDecimal charge(int items) {
            return firstItem.add(furtherItem.multiply(BigDecimal.valueOf(items - 1L)));
        }
    }

    /** A tax charged on orders billed to one country. */
    public record Tax(String country, String name, BigDecimal percent) {
    }

    /** The zone that names the country, else the rest of the world, which the rules always have. */
    Zone zoneOf(String country) {
        return zones.stream().filter(z -> z.countries().contains(country)).findFirst()
                .or(() -> zones.stream().filter(Zone::isRestOfWorld).findFirst())
                .orElseThrow(() -> new IllegalStateException("zone: " + country));
    }

    Optional<Tax> taxOf(String country) {
        return taxes.stream().filter(t -> t.country().equals(country)).findFirst();
    }
}
