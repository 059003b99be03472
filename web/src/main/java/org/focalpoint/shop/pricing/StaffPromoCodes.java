package org.focalpoint.shop.pricing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.shop.ShopWords;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The staff's list of promotional codes, withdrawn ones after those on offer: found by a part of
 * their code, deactivated after confirming, with the version each was read at.
 */
@Named
@ViewScoped
public class StaffPromoCodes implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PriceRuleAdministration administration;

    @Inject
    private PageWords words;

    @Inject
    private ShopWords shopWords;

    private String search;
    private List<PromoCodeRow> codes = List.of();

    @PostConstruct
    void load() {
        try {
            codes = administration.promoCodes(currentAccount.get()).stream().map(PromoCodeRow::of).toList();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void deactivate(PromoCodeRow code) {
        try {
            administration.deactivatePromoCode(currentAccount.get(), code.id(), code.version());
            PageMessages.info("staff-promo-codes.deactivated", code.code());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        load();
    }

    /** The codes whose text holds what staff searched for, in any case. */
    public List<PromoCodeRow> getCodes() {
        String part = search == null ? "" : search.strip().toUpperCase(Locale.ROOT);
        return part.isEmpty() ? codes : codes.stream().filter(c -> c.code().contains(part)).toList();
    }

    /** "15 % off" or "CHF 10.00 off". */
    public String takesOff(PromoCodeRow code) {
        return code.kind() == PromoKind.PERCENT ? words.text("staff-promo-codes.percent-off", code.value())
                : words.text("staff-promo-codes.amount-off", shopWords.price(code.value()));
    }

    /** The days it is valid on, either end open. */
    public String validity(PromoCodeRow code) {
        var dates = words.dates();
        if (code.validFrom() != null && code.validTo() != null) {
            return words.text("staff-promo-codes.valid-from-to", dates.day(code.validFrom()), dates.day(code.validTo()));
        }
        if (code.validFrom() != null) {
            return words.text("staff-promo-codes.valid-from", dates.day(code.validFrom()));
        }
        return code.validTo() == null ? words.text("staff-promo-codes.valid-always")
                : words.text("staff-promo-codes.valid-until", dates.day(code.validTo()));
    }

    /** The product numbers of the publications it is for. */
    public String publications(PromoCodeRow code) {
        return String.join(words.text("shop.list-separator"), code.productNumbers());
    }

    /** "3 of 100 used", or "3 used, no limit". */
    public String uses(PromoCodeRow code) {
        return code.totalUses() == null ? words.text("staff-promo-codes.used-no-limit", code.usesCounted())
                : words.text("staff-promo-codes.used-of", code.usesCounted(), code.totalUses());
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
