package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.PasswordHasher;
import org.focalpoint.consent.ConsentKind;
import org.focalpoint.consent.ConsentService;

/**
 * Rows the in-container steps of tests need, created inside the caller's transaction. Tests share
 * one database across classes and runs, so everything here is found before it is created.
 */
public final class TestData {

    public static final String STAFF_EMAIL = "secretariat.officer@tests.example.org";

    private TestData() {
    }

    /** A member of the secretariat's staff. */
    public static Account staff(EntityManager em) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("emailKey", Account.emailKey(STAFF_EMAIL))
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Account staff = new Account(STAFF_EMAIL, PasswordHasher.hash("Staff-Office-Desk-2026".toCharArray()),
                            "Sam", "Secretariat");
                    staff.activate();
                    staff.makeStaff();
                    em.persist(staff);
                    return staff;
                });
    }

    /** Terms of Use and a Data Privacy statement are published (version 1 if none was). */
    public static void consentDocumentsPublished(EntityManager em, ConsentService consents) {
        for (ConsentKind kind : ConsentKind.values()) {
            if (consents.currentDocuments().stream().noneMatch(d -> d.getKind() == kind)) {
                consents.publish(kind, kind.label(), "The " + kind.label() + " of FocalPoint.", staff(em));
            }
        }
    }
}
