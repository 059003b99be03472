package org.focalpoint.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;

import java.math.BigDecimal;

/**
 * One line of an order as it was charged: the edition, what it was called, how many, its list
 * price, the discount and why, the amount. The catalogue may change afterwards; the line does not.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    /** What a line keeps of the edition and its price at the moment of the order. */
    record Frozen(Edition edition, int quantity, BigDecimal unitPrice, BigDecimal listTotal, BigDecimal discount,
                  BigDecimal net, String priceRule) {
    }

    @Id
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private ShopOrder order;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(name = "product_number", nullable = false, length = 9)
    private String productNumber;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EditionLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EditionFormat format;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_chf", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "list_total_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal listTotal;

    @Column(name = "discount_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal discount;

    @Column(name = "net_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal net;

    @Column(name = "price_rule", length = 300)
    private String priceRule;

    protected OrderLine() {
    }

    OrderLine(ShopOrder order, int position, Frozen frozen) {
        this.order = order;
        this.position = position;
        this.edition = frozen.edition();
        this.productNumber = frozen.edition().getPublication().getProductNumber();
        this.title = frozen.edition().displayTitle();
        this.language = frozen.edition().getLanguage();
        this.format = frozen.edition().getFormat();
        this.quantity = frozen.quantity();
        this.unitPrice = frozen.unitPrice();
        this.listTotal = frozen.listTotal();
        this.discount = frozen.discount();
        this.net = frozen.net();
        this.priceRule = frozen.priceRule();
    }

    public Long getId() {
        return id;
    }

    public ShopOrder getOrder() {
        return order;
    }

    public int getPosition() {
        return position;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getProductNumber() {
        return productNumber;
    }

    public String getTitle() {
        return title;
    }

    public EditionLanguage getLanguage() {
        return language;
    }

    public EditionFormat getFormat() {
        return format;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getListTotal() {
        return listTotal;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getNet() {
        return net;
    }

    /** The rule applied and why, as the buyer read it at checkout; null when none applied. */
    public String getPriceRule() {
        return priceRule;
    }
}
