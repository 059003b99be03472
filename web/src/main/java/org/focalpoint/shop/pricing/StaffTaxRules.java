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

/**
 * The taxes charged per billing country, on the prices page: one chosen from the list is edited in
 * the form below it (its country stays), a new one added, one removed after confirming.
 */
@Named
@ViewScoped
public class StaffTaxRules implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final FieldRefusals REFUSALS = new FieldRefusals(Map.of(
            "shop.pricing.choose-country", "tax:taxCountry",
            "shop.pricing.unknown-country", "tax:taxCountry",
            "shop.pricing.tax-exists", "tax:taxCountry",
            "shop.pricing.enter-name", "tax:taxName",
            "shop.pricing.name-too-long", "tax:taxName",
            "shop.pricing.percent-range", "tax:taxPercent",
            "shop.pricing.percent-decimals", "tax:taxPercent"));

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PriceRuleAdministration administration;

    private List<TaxRuleRow> taxes = List.of();

    private Long taxId;
    private long taxVersion;
    private String country;
    private String name;
    private BigDecimal percent;

    @PostConstruct
    void load() {
        taxes = administration.taxRules(currentAccount.get()).stream().map(TaxRuleRow::of).toList();
        if (taxId != null) {
            taxes.stream().filter(t -> t.id().equals(taxId)).findFirst().ifPresentOrElse(this::choose, this::startNew);
        }
    }

    public void choose(TaxRuleRow tax) {
        taxId = tax.id();
        taxVersion = tax.version();
        country = tax.country();
        name = tax.name();
        percent = tax.percent();
    }

    public void startNew() {
        taxId = null;
        taxVersion = 0;
        country = null;
        name = null;
        percent = null;
    }

    public void save() {
        TaxRuleData data = new TaxRuleData(country, name, percent);
        try {
            if (taxId == null) {
                taxId = administration.createTaxRule(currentAccount.get(), data).getId();
                PageMessages.info("staff-prices.tax-added", name.strip());
            } else {
                administration.editTaxRule(currentAccount.get(), taxId, taxVersion, data);
                PageMessages.info("staff-prices.tax-saved", name.strip());
            }
            load();
        } catch (RuleViolation refused) {
            REFUSALS.show(refused);
        }
    }

    public void remove() {
        try {
            String removed = getTax().name();
            administration.removeTaxRule(currentAccount.get(), taxId, taxVersion);
            PageMessages.info("staff-prices.tax-removed", removed);
            startNew();
            load();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    /** The tax rule the form shows, when it shows one already stored. */
    public TaxRuleRow getTax() {
        return taxId == null ? null : taxes.stream().filter(t -> t.id().equals(taxId)).findFirst().orElse(null);
    }

    public List<TaxRuleRow> getTaxes() {
        return taxes;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }
}
