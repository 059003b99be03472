package org.focalpoint.shop.pricing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipping zones on the prices page: a zone chosen from the list is edited in the form below
 * it, a new one added, one removed after confirming; the rest of the world has charges but no
 * countries, and stays.
 */
@Named
@ViewScoped
public class StaffShippingZones implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final FieldRefusals REFUSALS = new FieldRefusals(Map.of(
            "shop.pricing.enter-name", "zone:zoneName",
            "shop.pricing.name-too-long", "zone:zoneName",
            "shop.pricing.zone-needs-countries", "zone:zoneCountries",
            "shop.pricing.country-in-another-zone", "zone:zoneCountries",
            "shop.pricing.amount-not-negative", "zone:firstItem",
            "shop.pricing.amount-in-centimes", "zone:firstItem"));

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PriceRuleAdministration administration;

    private List<ShippingZoneRow> zones = List.of();

    private Long zoneId;
    private long zoneVersion;
    private String name;
    private String[] countries = new String[0];
    private BigDecimal firstItem;
    private BigDecimal furtherItem;

    @PostConstruct
    void load() {
        zones = administration.shippingZones(currentAccount.get()).stream().map(ShippingZoneRow::of).toList();
        if (zoneId != null) {
            zones.stream().filter(z -> z.id().equals(zoneId)).findFirst().ifPresentOrElse(this::choose, this::startNew);
        }
    }

    public void choose(ShippingZoneRow zone) {
        zoneId = zone.id();
        zoneVersion = zone.version();
        name = zone.name();
        countries = zone.countries().toArray(String[]::new);
        firstItem = zone.firstItem();
        furtherItem = zone.furtherItem();
    }

    public void startNew() {
        zoneId = null;
        zoneVersion = 0;
        name = null;
        countries = new String[0];
        firstItem = null;
        furtherItem = null;
    }

    public void save() {
        ShippingZoneData data = new ShippingZoneData(name, countries == null ? Set.of() : Set.of(countries), firstItem,
                furtherItem);
        try {
            if (zoneId == null) {
                zoneId = administration.createShippingZone(currentAccount.get(), data).getId();
                PageMessages.info("staff-prices.zone-added", name.strip());
            } else {
                administration.editShippingZone(currentAccount.get(), zoneId, zoneVersion, data);
                PageMessages.info("staff-prices.zone-saved", name.strip());
            }
            load();
        } catch (RuleViolation refused) {
            REFUSALS.show(refused);
        }
    }

    public void remove() {
        try {
            String removed = getZone().name();
            administration.removeShippingZone(currentAccount.get(), zoneId, zoneVersion);
            PageMessages.info("staff-prices.zone-removed", removed);
            startNew();
            load();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    /** The zone the form shows, when it shows one already stored. */
    public ShippingZoneRow getZone() {
        return zoneId == null ? null : zones.stream().filter(z -> z.id().equals(zoneId)).findFirst().orElse(null);
    }

    public List<ShippingZoneRow> getZones() {
        return zones;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String[] getCountries() {
        return countries;
    }

    public void setCountries(String[] countries) {
        this.countries = countries;
    }

    public BigDecimal getFirstItem() {
        return firstItem;
    }

    public void setFirstItem(BigDecimal firstItem) {
        this.firstItem = firstItem;
    }

    public BigDecimal getFurtherItem() {
        return furtherItem;
    }

    public void setFurtherItem(BigDecimal furtherItem) {
        this.furtherItem = furtherItem;
    }
}
