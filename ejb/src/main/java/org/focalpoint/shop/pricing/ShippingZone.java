package org.focalpoint.shop.pricing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where print items are posted to, and what it costs: the first item, and each further one. The
 * rest of the world, a zone of its own since the first migration, names no countries and takes
 * every country no other zone names.
 */
@Entity
@Table(name = "shipping_zone")
public class ShippingZone {

    static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "shipping_zone_seq", sequenceName = "shipping_zone_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipping_zone_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipping_zone_country", joinColumns = @JoinColumn(name = "shipping_zone_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new HashSet<>();

    @Column(name = "first_item_chf", nullable = false, precision = 10, scale = 2)
    private BigDecimal firstItem;

    @Column(name = "further_item_chf", nullable = false, precision = 10, scale = 2)
    private BigDecimal furtherItem;

    @Column(name = "rest_of_world")
    private boolean restOfWorld;

    protected ShippingZone() {
    }

    ShippingZone(ShippingZoneData clean) {
        write(clean);
    }

    /** What {@link ShippingZoneData#checked} left; the service keeps the rest of the world without countries. */
    void write(ShippingZoneData clean) {
        this.name = clean.name();
        this.countries = new HashSet<>(clean.countries());
        this.firstItem = clean.firstItem();
        this.furtherItem = clean.furtherItem();
    }

    PriceRules.Zone terms() {
        return new PriceRules.Zone(name, restOfWorld ? Set.of() : countries, firstItem, furtherItem);
    }

    String describe() {
        return name + ": CHF " + firstItem.toPlainString() + " for the first item, " + furtherItem.toPlainString()
                + " for each further one, " + (restOfWorld ? "the rest of the world" : new TreeSet<>(countries));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Set<String> getCountries() {
        return Set.copyOf(countries);
    }

    public BigDecimal getFirstItem() {
        return firstItem;
    }

    public BigDecimal getFurtherItem() {
        return furtherItem;
    }

    public boolean isRestOfWorld() {
        return restOfWorld;
    }
}
