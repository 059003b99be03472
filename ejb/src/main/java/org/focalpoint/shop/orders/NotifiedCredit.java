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
import org.focalpoint.accounts.Account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit the bank notified in a camt.054 file, kept under the bank's own reference of it (so a
 * file read twice adds nothing), with what it did: paid an order, or waits for staff.
 */
@Entity
@Table(name = "bank_credit")
public class NotifiedCredit {

    static final String ONCE_PER_BANK_REFERENCE = "bank_credit_reference_unique";

    @Id
    @SequenceGenerator(name = "bank_credit_seq", sequenceName = "bank_credit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_credit_seq")
    private Long id;

    @Column(name = "bank_reference", nullable = false, length = 255)
    private String bankReference;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "read_by")
    private Account readBy;

    @Column(name = "booked_on")
    private LocalDate bookedOn;

    @Column(name = "amount_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_reference", length = 40)
    private String paymentReference;

    @Column(length = 300)
    private String debtor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CreditOutcome outcome;

    @ManyToOne
    @JoinColumn(name = "order_id")
    private ShopOrder order;

    protected NotifiedCredit() {
    }

    NotifiedCredit(String bankReference, String fileName, Instant readAt, Account readBy, LocalDate bookedOn,
                   BigDecimal amount, String currency, String paymentReference, String debtor,
                   CreditOutcome outcome, ShopOrder order) {
        this.bankReference = bankReference;
        this.fileName = fileName;
        this.readAt = readAt;
        this.readBy = readBy;
        this.bookedOn = bookedOn;
        this.amount = amount;
        this.currency = currency;
        this.paymentReference = paymentReference;
        this.debtor = debtor;
        this.outcome = outcome;
        this.order = order;
    }

    public Long getId() {
        return id;
    }

    public String getBankReference() {
        return bankReference;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getDebtor() {
        return debtor;
    }

    public CreditOutcome getOutcome() {
        return outcome;
    }

    /** The order it paid or was meant for; null when it matched none. */
    public ShopOrder getOrder() {
        return order;
    }
}
