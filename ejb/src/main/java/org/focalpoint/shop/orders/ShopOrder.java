package org.focalpoint.shop.orders;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Organization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An order: who placed it, on behalf of which organization if any, its lines frozen at the prices
 * charged, its sums, how it is paid and where it stands. Paid in advance, once; an unpaid order may
 * be cancelled, a paid one refunded; one with print editions is shipped once paid.
 */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @SequenceGenerator(name = "shop_order_seq", sequenceName = "shop_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_order_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "order_number", nullable = false, length = 10)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderState state = OrderState.AWAITING_PAYMENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_way", nullable = false, length = 10)
    private PaymentWay paymentWay;

    /** The buyer's language when ordering: its mails and invoice are written in it. */
    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(name = "buyer_name", nullable = false, length = 200)
    private String buyerName;

    @Column(name = "buyer_email", nullable = false, length = 320)
    private String buyerEmail;

    @Column(name = "billing_name", nullable = false, length = 200)
    private String billingName;

    @Column(name = "billing_organization", length = 300)
    private String billingOrganization;

    @Column(name = "billing_address", nullable = false, length = 1000)
    private String billingAddress;

    @Column(name = "billing_country", nullable = false, length = 2)
    private String billingCountry;

    @Column(name = "shipping_name", length = 200)
    private String shippingName;

    @Column(name = "shipping_address", length = 1000)
    private String shippingAddress;

    @Column(name = "shipping_country", length = 2)
    private String shippingCountry;

    @Column(name = "promo_code", length = 40)
    private String promoCode;

    @Column(name = "subtotal_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal subtotal;

    @Column(name = "discount_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal discount;

    @Column(name = "promo_discount_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal promoDiscount;

    @Column(name = "shipping_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal shipping;

    @Column(name = "tax_name", length = 100)
    private String taxName;

    @Column(name = "tax_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal tax;

    @Column(name = "total_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "payment_reference", nullable = false, length = 27)
    private String paymentReference;

    @Column(name = "card_session", length = 255)
    private String cardSession;

    @Column(name = "refund_note", length = 1000)
    private String refundNote;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    protected ShopOrder() {
    }

    /** Numbered by {@link #number} once persisted, when its id is known. */
    ShopOrder(Account account, Organization organization, PaymentWay way, Locale language, Instant placedAt,
              PostalAddress billing, PostalAddress shipping, String promoCode, OrderAmounts amounts) {
        this.account = account;
        this.organization = organization;
        this.paymentWay = way;
        this.language = language.toLanguageTag();
        this.placedAt = placedAt;
        this.buyerName = account.getFullName();
        this.buyerEmail = account.getEmail();
        this.billingName = billing.name();
        this.billingOrganization = billing.organization();
        this.billingAddress = billing.lines();
        this.billingCountry = billing.country();
        if (shipping != null) {
            this.shippingName = shipping.name();
            this.shippingAddress = shipping.lines();
            this.shippingCountry = shipping.country();
        }
        this.promoCode = promoCode;
        this.subtotal = amounts.subtotal();
        this.discount = amounts.discount();
        this.promoDiscount = amounts.promoDiscount();
        this.shipping = amounts.shipping();
        this.taxName = amounts.taxName();
        this.tax = amounts.tax();
        this.total = amounts.total();
    }

    void number(String number, String paymentReference) {
        this.number = number;
        this.paymentReference = paymentReference;
    }

    OrderLine addLine(OrderLine.Frozen frozen) {
        OrderLine line = new OrderLine(this, lines.size() + 1, frozen);
        lines.add(line);
        return line;
    }

    /** Paid in full; a second payment of the same order is the caller's to refuse, never taken twice here. */
    void pay(Instant at) {
        if (state != OrderState.AWAITING_PAYMENT) {
            throw new RuleViolation("shop.orders.not-awaiting-payment", number, state);
        }
        state = OrderState.PAID;
        paidAt = at;
    }

    void ship(Instant at) {
        if (state != OrderState.PAID) {
            throw new RuleViolation("shop.orders.ship-only-paid", number, state);
        }
        if (!isShipped()) {
            throw new RuleViolation("shop.orders.nothing-to-ship", number);
        }
        state = OrderState.SHIPPED;
        shippedAt = at;
    }

    void cancel(Instant at) {
        if (state != OrderState.AWAITING_PAYMENT) {
            throw new RuleViolation("shop.orders.cancel-only-unpaid", number, state);
        }
        state = OrderState.CANCELLED;
        cancelledAt = at;
    }

    void refund(Instant at, String note) {
        if (!state.isPaid()) {
            throw new RuleViolation("shop.orders.refund-only-paid", number, state);
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("shop.orders.refund-needs-a-note");
        }
        if (note.strip().length() > 1000) {
            throw new RuleViolation("shop.orders.refund-note-too-long");
        }
        state = OrderState.REFUNDED;
        refundedAt = at;
        refundNote = note.strip();
    }

    void cardSession(String sessionId) {
        this.cardSession = sessionId;
    }

    /** Holds an edition that is sent by post: print or another medium. */
    public boolean isShipped() {
        return lines.stream().anyMatch(line -> line.getFormat().isPosted());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public Account getAccount() {
        return account;
    }

    public Organization getOrganization() {
        return organization;
    }

    public OrderState getState() {
        return state;
    }

    public PaymentWay getPaymentWay() {
        return paymentWay;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public PostalAddress getBilling() {
        return new PostalAddress(billingName, billingOrganization, billingAddress, billingCountry);
    }

    /** Null when nothing is shipped. */
    public PostalAddress getShipping() {
        return shippingAddress == null ? null : new PostalAddress(shippingName, null, shippingAddress, shippingCountry);
    }

    public String getPromoCode() {
        return promoCode;
    }

    public OrderAmounts getAmounts() {
        return new OrderAmounts(subtotal, discount, promoDiscount, shipping, taxName, tax, total);
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getCardSession() {
        return cardSession;
    }

    public String getRefundNote() {
        return refundNote;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
