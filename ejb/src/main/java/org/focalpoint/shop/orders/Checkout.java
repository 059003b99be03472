package org.focalpoint.shop.orders;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.Organization;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.pricing.Buyer;
import org.focalpoint.shop.pricing.PriceQuote;
import org.focalpoint.shop.pricing.PricedItem;
import org.focalpoint.shop.pricing.Pricing;
import org.focalpoint.shop.pricing.PriceRulesReading;
import org.focalpoint.shop.pricing.PromoCodes;
import org.focalpoint.shop.pricing.PromoEntry;
import org.focalpoint.shop.pricing.QuotedLine;
import org.focalpoint.time.TimeZones;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Prices the cart for the buyer's choices, and places the order: in one transaction, priced again
 * from the catalogue and the rules, at the total the buyer saw or not at all, its promotional
 * code's use counted, its lines frozen, the cart emptied, the confirmation mailed.
 */
@Stateless
public class Checkout {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CartLines cartLines;

    @Inject
    private PriceRulesReading rules;

    @Inject
    private PromoCodes promoCodes;

    @Inject
    private InvoiceFile invoices;

    @Inject
    private CardPayments cards;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** The cart as it would be ordered with these choices; a code that does not apply says why in the quote. */
    public CheckoutQuote quote(Account self, CheckoutChoice choice) {
        Account account = em.find(Account.class, self.getId());
        List<CartLine> lines = cartLines.of(account);
        Affiliation affiliation = affiliation(account, choice.affiliationId());
        return new CheckoutQuote(lines.stream().map(CartItem::of).toList(),
                price(account, lines, affiliation, choice.promoCode(), choice.shipTo(), choice.billTo()),
                postsSomething(lines));
    }

    /** The approved affiliations the buyer may order on behalf of. */
    public List<Affiliation> onBehalfChoices(Account self) {
        return em.createQuery("select a from Affiliation a join fetch a.organization o where a.account.id = :account"
                        + " and a.state = :approved order by o.name", Affiliation.class)
                .setParameter("account", self.getId()).setParameter("approved", AffiliationState.APPROVED)
                .getResultList();
    }

    public ShopOrder place(Account self, OrderForm form) {
        Account account = em.find(Account.class, self.getId());
        List<CartLine> lines = cartLines.of(account);
        if (lines.isEmpty()) {
            throw new RuleViolation("shop.orders.cart-empty");
        }
        for (CartLine line : lines) {
            CartItem item = CartItem.of(line);
            if (!item.orderable()) {
                throw new RuleViolation("shop.orders.remove-first", item.title());
            }
        }
        if (!form.conditionsAccepted()) {
            throw new RuleViolation("shop.orders.accept-conditions");
        }
        if (form.way() == null) {
            throw new RuleViolation("shop.orders.choose-payment");
        }
        if (form.way() == PaymentWay.CARD && !cards.isOffered()) {
            throw new RuleViolation("shop.orders.card-not-offered");
        }
        Affiliation affiliation = affiliation(account, form.affiliationId());
        PostalAddress billing = checked(form.billing(), AddressKind.BILLING);
        PostalAddress shipping = postsSomething(lines) ? checked(form.shipping(), AddressKind.SHIPPING) : null;
        String code = form.promoCode() == null || form.promoCode().isBlank() ? null : form.promoCode().strip();

        PriceQuote price = price(account, lines, affiliation, code, shipping == null ? null : shipping.country(),
                billing.country());
        if (price.promo() != null && !price.promo().isTaken()) {
            throw price.promo().refusalMessage();
        }
        if (form.totalSeen() == null || price.total().compareTo(form.totalSeen()) != 0) {
            throw new RuleViolation("shop.orders.total-changed", price.total());
        }

        Instant now = clock.instant();
        Organization organization = affiliation == null ? null : affiliation.getOrganization();
        ShopOrder order = new ShopOrder(account, organization, form.way(), form.language(), now, billing, shipping,
                code == null ? null : price.promo().terms().code(), amounts(price));
        em.persist(order);
        String number = OrderNumber.of(order.getId(), now);
        order.number(number, QrReference.of(number));
        for (int i = 0; i < lines.size(); i++) {
            QuotedLine quoted = price.lines().get(i);
            CartLine line = lines.get(i);
            order.addLine(new OrderLine.Frozen(line.getEdition(), line.getQuantity(), line.getEdition().getPrice(),
                    quoted.listTotal(), quoted.discount(), quoted.net(), quoted.rule()));
        }
        if (code != null) {
            promoCodes.claim(code, account, order.getId(), now);
        }
        cartLines.empty(account);
        audit.record(account, organization, AuditAction.ORDER_PLACED, ShopOrder.class, order.getId(),
                number + ": " + lines.size() + " line(s), CHF " + price.total().toPlainString() + ", " + form.way()
                        + (code == null ? "" : ", code " + code), null);
        mailer.send(OrderMail.placed(order, links.page(ShopOrders.PAGE),
                form.way() == PaymentWay.INVOICE ? invoices.pdf(order) : null));
        return order;
    }

    private PriceQuote price(Account account, List<CartLine> lines, Affiliation affiliation, String code,
                             String shipTo, String billTo) {
        List<PricedItem> items = lines.stream().map(Checkout::priced).toList();
        Buyer buyer = affiliation == null ? Buyer.forOneself() : Buyer.onBehalfOf(
                affiliation.getOrganization().getCategory(), affiliation.getOrganization().getCountry());
        PromoEntry promo = code == null || code.isBlank() ? null : promoCodes.entry(code.strip(), account);
        return new Pricing(rules.current()).quote(items, buyer, promo, shipTo, billTo, today());
    }

    private static boolean postsSomething(List<CartLine> lines) {
        return lines.stream().anyMatch(line -> line.getEdition().getFormat().isPosted());
    }

    private static PricedItem priced(CartLine line) {
        Edition edition = line.getEdition();
        return new PricedItem(edition.getId(), edition.getPublication().getProductNumber(),
                edition.getPublication().getCategory(), edition.getFormat(), edition.getPrice(), line.getQuantity());
    }

    /** One of the buyer's own approved affiliations, or none for an order of their own. */
    private Affiliation affiliation(Account account, Long affiliationId) {
        if (affiliationId == null) {
            return null;
        }
        Affiliation affiliation = em.find(Affiliation.class, affiliationId);
        if (affiliation == null || !affiliation.getAccount().getId().equals(account.getId())) {
            throw new RuleViolation("affiliations.not-yours");
        }
        if (affiliation.getState() != AffiliationState.APPROVED) {
            throw new RuleViolation("shop.orders.affiliation-not-approved", affiliation.getOrganization().getName());
        }
        return affiliation;
    }

    private static PostalAddress checked(PostalAddress address, AddressKind kind) {
        if (address == null) {
            throw new RuleViolation("shop.orders.address-incomplete", kind);
        }
        return address.checked(kind);
    }

    private static OrderAmounts amounts(PriceQuote price) {
        return new OrderAmounts(price.listTotal(), price.listTotal().subtract(price.subtotal()), price.promoDiscount(),
                price.shippingCharge(), price.tax() == null ? null : price.tax().name(), price.taxAmount(),
                price.total());
    }

    /** A code's days are Geneva's, where ITU Publications sets them. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeZones.DEFAULT);
    }
}
