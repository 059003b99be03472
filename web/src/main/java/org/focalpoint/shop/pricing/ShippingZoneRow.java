package org.focalpoint.shop.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/** One shipping zone as staff list and edit it, kept with the version it was read at. */
public record ShippingZoneRow(Long id, long version, String name, Set<String> countries, BigDecimal firstItem,
                              BigDecimal furtherItem, boolean restOfWorld) implements Serializable {

    static ShippingZoneRow of(ShippingZone zone) {
        return new ShippingZoneRow(zone.getId(), zone.getVersion(), zone.getName(), new TreeSet<>(zone.getCountries()),
                zone.getFirstItem(), zone.getFurtherItem(), zone.isRestOfWorld());
    }
}
