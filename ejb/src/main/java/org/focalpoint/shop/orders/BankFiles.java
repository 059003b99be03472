package org.focalpoint.shop.orders;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.SecretariatStaff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bank's camt.054 files, uploaded by staff: each credit matched to its order by the QR
 * reference and paid when it is the order's total; what matches nothing, or not in full, is kept
 * for staff. All of one file in one transaction, or nothing when the file is refused; a credit read
 * before (the same file twice) adds nothing.
 */
@Stateless
public class BankFiles {

    private static final String CHF = "CHF";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private OrderPayments payments;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    /** What one file did: each new credit with its outcome, and how many were read before. */
    public record Report(List<NotifiedCredit> credits, int seenBefore) {

        public long count(CreditOutcome outcome) {
            return credits.stream().filter(credit -> credit.getOutcome() == outcome).count();
        }
    }

    public Report read(Account actor, String fileName, byte[] file) {
        Account staff = secretariat.require(actor, OrderAdministration.ONLY_STAFF);
        String name = fileName == null || fileName.isBlank() ? "camt.054" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(0, 255);
        }
        List<BankCredit> credits = BankNotification.read(file);
        Instant now = clock.instant();
        List<NotifiedCredit> read = new ArrayList<>();
        Set<String> inThisFile = new HashSet<>();
        int seenBefore = 0;
        for (BankCredit credit : credits) {
            if (!inThisFile.add(credit.bankReference()) || isKnown(credit.bankReference())) {
                seenBefore++;
                continue;
            }
            ShopOrder order = orderOf(credit.reference());
            CreditOutcome outcome = outcome(credit, order);
            NotifiedCredit notified = new NotifiedCredit(credit.bankReference(), name, now, staff, credit.bookingDate(),
                    credit.amount(), credit.currency(), credit.reference(), credit.debtorName(), outcome, order);
            em.persist(notified);
            read.add(notified);
        }
        Map<CreditOutcome, Integer> counts = new EnumMap<>(CreditOutcome.class);
        read.forEach(credit -> counts.merge(credit.getOutcome(), 1, Integer::sum));
        audit.record(staff, null, AuditAction.BANK_FILE_READ, NotifiedCredit.class, null,
                name + ": " + credits.size() + " credit(s), " + counts + ", " + seenBefore + " read before", null);
        return new Report(read, seenBefore);
    }

    /** The credits that paid nothing, newest first: for staff to follow up. */
    public List<NotifiedCredit> waiting(Account actor, int first, int pageSize) {
        secretariat.require(actor, OrderAdministration.ONLY_STAFF);
        return em.createQuery("select c from NotifiedCredit c left join fetch c.order where c.outcome <> :paid"
                        + " order by c.readAt desc, c.id desc", NotifiedCredit.class)
                .setParameter("paid", CreditOutcome.PAID)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    public long countWaiting(Account actor) {
        secretariat.require(actor, OrderAdministration.ONLY_STAFF);
        return em.createQuery("select count(c) from NotifiedCredit c where c.outcome <> :paid", Long.class)
                .setParameter("paid", CreditOutcome.PAID).getSingleResult();
    }

    private CreditOutcome outcome(BankCredit credit, ShopOrder order) {
        if (order == null) {
            return CreditOutcome.UNMATCHED;
        }
        if (!CHF.equals(credit.currency())) {
            return CreditOutcome.OTHER_CURRENCY;
        }
        return switch (payments.pay(order.getId(), PaymentWay.INVOICE, credit.amount(), "bank:" + credit.bankReference())) {
            case PAID -> CreditOutcome.PAID;
            case NOT_THE_TOTAL -> CreditOutcome.PARTIAL;
            case ALREADY_PAID, SAME_SOURCE_AGAIN -> CreditOutcome.ALREADY_PAID;
        };
    }

    /** The order whose QR reference the credit carries; none for a reference that is not one. */
    private ShopOrder orderOf(String reference) {
        String digits = reference == null ? null : reference.replace(" ", "");
        if (digits == null || !QrReference.isValid(digits)) {
            return null;
        }
        return em.createQuery("select o from ShopOrder o where o.paymentReference = :reference", ShopOrder.class)
                .setParameter("reference", digits).getResultStream().findFirst().orElse(null);
    }

    private boolean isKnown(String bankReference) {
        return !em.createQuery("select c.id from NotifiedCredit c where c.bankReference = :reference", Long.class)
                .setParameter("reference", bankReference).setMaxResults(1).getResultList().isEmpty();
    }
}
