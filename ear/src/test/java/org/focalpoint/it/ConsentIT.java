package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentKind;
import org.focalpoint.consent.ConsentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consent documents are versioned: a new version has to be accepted again, only staff publish. */
@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    ConsentService consent;

    private Account newAccount(boolean staff) throws Exception {
        tx.begin();
        Account account = TestData.activeAccount(em, TestData.uniqueEmail(staff ? "staff" : "user"));
        if (staff) {
            account.makeStaff();
        }
        tx.commit();
        return account;
    }

    private static Set<Long> ids(List<ConsentDocument> documents) {
        return documents.stream().map(ConsentDocument::getId).collect(Collectors.toSet());
    }

    private long acceptancesOf(Account account) {
        return em.createQuery("select count(a) from ConsentAcceptance a where a.account.id = :id", Long.class)
                .setParameter("id", account.getId()).getSingleResult();
    }

    private void publishBoth(Account staff) {
        consent.publish(ConsentKind.TERMS_OF_USE, "Terms of Use", "You agree to use FocalPoint fairly.", staff);
        consent.publish(ConsentKind.DATA_PRIVACY, "Data Privacy", "We keep what you give us safe.", staff);
    }

    @Test
    void aNewVersionHasToBeAcceptedAgain() throws Exception {
        Account staff = newAccount(true);
        Account user = newAccount(false);
        publishBoth(staff);
        consent.accept(user, ids(consent.pendingFor(user)));
        assertTrue(consent.pendingFor(user).isEmpty());

        ConsentDocument newTerms = consent.publish(ConsentKind.TERMS_OF_USE, "Terms of Use",
                "You agree to use FocalPoint fairly, and to keep your password to yourself.", staff);

        assertEquals(List.of(newTerms.getId()), consent.pendingFor(user).stream().map(ConsentDocument::getId).toList());
        consent.accept(user, Set.of(newTerms.getId()));
        assertTrue(consent.pendingFor(user).isEmpty());
        assertEquals(3, consent.historyOf(user).size());
    }

    @Test
    void aVersionNoLongerCurrentCannotBeAccepted() throws Exception {
        Account staff = newAccount(true);
        Account user = newAccount(false);
        publishBoth(staff);
        Set<Long> seen = ids(consent.pendingFor(user));
        publishBoth(staff);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> consent.accept(user, seen));

        assertEquals("A newer version has been published meanwhile. Please read it and accept it.", refused.getMessage());
        assertEquals(0, acceptancesOf(user));
    }

    @Test
    void leavingADocumentOutIsRefusedWithNothingRecorded() throws Exception {
        Account staff = newAccount(true);
        Account user = newAccount(false);
        publishBoth(staff);
        ConsentDocument terms = consent.pendingFor(user).stream()
                .filter(d -> d.getKind() == ConsentKind.TERMS_OF_USE).findFirst().orElseThrow();

        RuleViolation none = assertThrows(RuleViolation.class, () -> consent.accept(user, Set.of()));
        RuleViolation one = assertThrows(RuleViolation.class, () -> consent.accept(user, Set.of(terms.getId())));

        assertEquals("Please accept the Terms of Use and the Data Privacy statement.", none.getMessage());
        assertEquals("Please accept the Data Privacy statement.", one.getMessage());
        assertEquals(0, acceptancesOf(user));
    }

    @Test
    void onlyStaffPublish() throws Exception {
        Account user = newAccount(false);
        long before = em.createQuery("select count(d) from ConsentDocument d", Long.class).getSingleResult();

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> consent.publish(ConsentKind.TERMS_OF_USE, "Terms", "Mine now.", user));

        assertEquals("Only secretariat staff can publish consent documents.", refused.getMessage());
        assertEquals(before, em.createQuery("select count(d) from ConsentDocument d", Long.class).getSingleResult());
    }
}
