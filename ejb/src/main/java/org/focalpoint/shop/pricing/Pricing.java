package org.focalpoint.shop.pricing;

import org.focalpoint.shop.pricing.PriceRules.Discount;
import org.focalpoint.shop.pricing.PriceRules.Zone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The price of an order by the rules in force, worked out without a server:
 * <ul>
 * <li>each line gets the best (highest) discount rule for the buyer's organization that fits its
 * country and the line's format; a person buying for themselves gets none;</li>
 * <li>no rule applies when the order's list total is below the minimum order;</li>
 * <li>a promotional code is checked against the day, its uses, the lines it is for and its own
 * minimum order (on the list total too); a code that is not combinable replaces the member
 * discount on the lines it is for, a combinable one is applied after it;</li>
 * <li>a percent code takes its share of each line it is for; an amount code at most what those
 * lines cost, so the total is never negative;</li>
 * <li>shipping is charged on print and other items by the zone of the country shipped to; tax by
 * the billing country's rule on what the order costs with shipping;</li>
 * <li>every amount is rounded half up to the centime, line by line.</li>
 * </ul>
 */
public final class Pricing {

    private final PriceRules rules;

    public Pricing(PriceRules rules) {
        this.rules = rules;
    }

    /**
     * @param promo    the code typed, or null
     * @param shipTo   the country posted to, or null while there is none
     * @param billTo   the billing country, or null while there is none
     */
    public PriceQuote quote(List<PricedItem> items, Buyer buyer, PromoEntry promo, String shipTo, String billTo,
                            LocalDate today) {
        BigDecimal listTotal = sum(items, PricedItem::listTotal);
        Optional<PromoRefusal> refusal = promo == null ? Optional.empty() : refusal(promo, items, listTotal, today);
        PromoTerms code = promo == null || refusal.isPresent() ? null : promo.terms();
        boolean belowMinimum = listTotal.compareTo(rules.minimumOrder()) < 0;
        List<QuotedLine> lines = items.stream().map(item -> line(item, buyer, belowMinimum, code)).toList();
        BigDecimal subtotal = sum(lines, QuotedLine::net);
        PromoOutcome outcome = promo == null ? null : refusal.map(r -> PromoOutcome.refused(promo, r))
                .orElseGet(() -> new PromoOutcome(promo.entered(), code, null, codeDiscount(code, lines)));
        Shipping shipping = shipping(items, shipTo);
        BigDecimal taxable = subtotal.subtract(outcome == null ? Money.ZERO : outcome.discount())
                .add(shipping == null ? Money.ZERO : shipping.charge());
        TaxCharge tax = billTo == null ? null : rules.taxOf(billTo)
                .map(t -> new TaxCharge(t.name(), t.percent(), Money.percentOf(taxable, t.percent()))).orElse(null);
        return new PriceQuote(lines, listTotal, subtotal, outcome, shipping, tax,
                tax == null ? taxable : taxable.add(tax.amount()));
    }

    private static Optional<PromoRefusal> refusal(PromoEntry promo, List<PricedItem> items, BigDecimal listTotal,
                                                  LocalDate today) {
        PromoTerms terms = promo.terms();
        if (terms == null) {
            return Optional.of(PromoRefusal.UNKNOWN);
        }
        return terms.refusal(today, promo.usage()).or(() -> {
            if (items.stream().noneMatch(terms::covers)) {
                return Optional.of(PromoRefusal.NOT_FOR_THESE_ITEMS);
            }
            if (terms.minimumOrder() != null && listTotal.compareTo(terms.minimumOrder()) < 0) {
                return Optional.of(PromoRefusal.BELOW_MINIMUM);
            }
            return Optional.empty();
        });
    }

    private QuotedLine line(PricedItem item, Buyer buyer, boolean belowMinimum, PromoTerms code) {
        if (buyer.isForOneself()) {
            return atListPrice(item, PriceReason.FOR_ONESELF);
        }
        List<Discount> forCategory = rules.discounts().stream().filter(d -> d.isFor(buyer.category())).toList();
        Optional<Discount> best = forCategory.stream()
                .filter(d -> d.fitsCountry(buyer.country(), rules.leastDevelopedCountries()) && d.fitsFormat(item.format()))
                .max(Comparator.comparing(Discount::percent));
        if (best.isEmpty()) {
            return whyNone(item, buyer, forCategory);
        }
        if (belowMinimum) {
            return atListPrice(item, PriceReason.BELOW_MINIMUM_ORDER, rules.minimumOrder().toPlainString());
        }
        if (code != null && !code.combinable() && code.covers(item)) {
            return atListPrice(item, PriceReason.REPLACED_BY_CODE, code.code());
        }
        Discount rule = best.get();
        BigDecimal list = item.listTotal();
        BigDecimal discount = Money.percentOf(list, rule.percent());
        return new QuotedLine(item, list, rule.name(), PriceReason.MEMBER_PRICE,
                List.of(rule.name(), rule.percent().stripTrailingZeros().toPlainString()), discount, list.subtract(discount));
    }

    /** The rule that came closest says why it does not apply: the format before the country. */
    private QuotedLine whyNone(PricedItem item, Buyer buyer, List<Discount> forCategory) {
        if (forCategory.isEmpty()) {
            return atListPrice(item, PriceReason.NO_RULE_FOR_CATEGORY, buyer.category());
        }
        return forCategory.stream().filter(d -> d.fitsCountry(buyer.country(), rules.leastDevelopedCountries()))
                .findFirst().map(d -> atListPrice(item, PriceReason.ELECTRONIC_ONLY, d.name()))
                .orElseGet(() -> atListPrice(item, PriceReason.LEAST_DEVELOPED_ONLY, forCategory.get(0).name()));
    }

    private static QuotedLine atListPrice(PricedItem item, PriceReason reason, Object... arguments) {
        return new QuotedLine(item, item.listTotal(), null, reason, List.of(arguments), Money.ZERO, item.listTotal());
    }

    private static BigDecimal codeDiscount(PromoTerms code, List<QuotedLine> lines) {
        List<QuotedLine> covered = lines.stream().filter(l -> code.covers(l.item())).toList();
        if (code.kind() == PromoKind.PERCENT) {
            return sum(covered, l -> Money.percentOf(l.net(), code.value()));
        }
        return sum(covered, QuotedLine::net).min(Money.centimes(code.value()));
    }

    private Shipping shipping(List<PricedItem> items, String shipTo) {
        int posted = items.stream().filter(PricedItem::isShipped).mapToInt(PricedItem::quantity).sum();
        if (posted == 0) {
            return null;
        }
        if (shipTo == null) {
            return new Shipping(null, posted, Money.ZERO);
        }
        Zone zone = rules.zoneOf(shipTo);
        return new Shipping(zone.name(), posted, Money.centimes(zone.charge(posted)));
    }

    private static <T> BigDecimal sum(List<T> values, Function<T, BigDecimal> amount) {
        return values.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
