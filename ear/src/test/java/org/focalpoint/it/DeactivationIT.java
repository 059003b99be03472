package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.deactivation.Deactivation;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person deactivates their own account: rights and roles lapse, history stays, cancelled registrations are mailed. */
@ExtendWith(ArquillianExtension.class)
class DeactivationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Deactivation deactivation;

    @Inject
    AuditLog audit;

    /** A focal point with TIES access, a pending request elsewhere and registrations past and coming. */
    private final class Person {
        Account account;
        Organization member;
        Organization other;
        Affiliation approved;
        Affiliation requested;
        DesignatedFocalPoint dfp;
        Registration coming;
        Registration endingToday;
        Registration past;
        Registration rejected;

        Person() throws Exception {
            LocalDate today = LocalDate.now();
            tx.begin();
            account = TestData.activeAccount(em, TestData.uniqueEmail("leaving"));
            member = TestData.member(em);
            other = TestData.member(em);
            approved = new Affiliation(account, member, Instant.now());
            approved.decide(AffiliationState.APPROVED, null, null, Instant.now());
            approved.requestTiesAccess(Instant.now()).decide(TiesState.GRANTED, null, null, Instant.now());
            em.persist(approved);
            requested = new Affiliation(account, other, Instant.now());
            requested.requestTiesAccess(Instant.now());
            em.persist(requested);
            member.designateTiesFocalPoint(account);
            dfp = new DesignatedFocalPoint(member, Sector.ITU_T, account, Instant.now());
            em.persist(dfp);
            coming = TestData.registration(em, TestData.studyGroupEnding(em, today.plusDays(40)), approved,
                    RegistrationState.APPROVED);
            endingToday = TestData.registration(em, TestData.studyGroupEnding(em, today), approved,
                    RegistrationState.PENDING_APPROVAL);
            past = TestData.registration(em, TestData.studyGroupEnding(em, today.minusDays(10)), approved,
                    RegistrationState.AUTO_APPROVED);
            rejected = TestData.registration(em, TestData.studyGroupEnding(em, today.plusDays(50)), approved,
                    RegistrationState.REJECTED);
            tx.commit();
        }
    }

    private <T> T reload(Class<T> type, Object id) {
        return em.find(type, id);
    }

    private AuditEntry only(String action, Class<?> subject, Long id) {
        List<AuditEntry> entries = audit.about(subject, id).stream().filter(e -> e.getAction().equals(action)).toList();
        assertEquals(1, entries.size(), action + " entries about " + subject.getSimpleName() + " " + id);
        return entries.get(0);
    }

    @Test
    void everyRightAndRoleLapsesAndHistoryIsKept() throws Exception {
        Person p = new Person();

        deactivation.deactivate(p.account, "  " + p.account.getEmail().toUpperCase() + " ");

        Account account = reload(Account.class, p.account.getId());
        assertEquals(AccountState.DEACTIVATED, account.getState());
        assertNotNull(account.getDeactivatedAt());

        Affiliation approved = reload(Affiliation.class, p.approved.getId());
        assertEquals(AffiliationState.APPROVED, approved.getState(), "an approved affiliation stays as history");
        assertEquals(TiesState.REVOKED, approved.getTiesAccess().getState());
        Affiliation requested = reload(Affiliation.class, p.requested.getId());
        assertEquals(AffiliationState.REMOVED, requested.getState());
        assertEquals("Withdrawn: account deactivated", requested.getDecision().getReason());
        assertEquals(TiesState.REJECTED, requested.getTiesAccess().getState());
        assertEquals("Withdrawn: account deactivated", requested.getTiesAccess().getDecision().getReason());

        assertNull(reload(Organization.class, p.member.getId()).getTiesFocalPoint());
        assertNull(reload(DesignatedFocalPoint.class, p.dfp.getId()));

        assertEquals(RegistrationState.CANCELLED, reload(Registration.class, p.coming.getId()).getState());
        assertEquals("Account deactivated", reload(Registration.class, p.coming.getId()).getDecision().getReason());
        assertEquals(RegistrationState.CANCELLED, reload(Registration.class, p.endingToday.getId()).getState());
        assertEquals(RegistrationState.AUTO_APPROVED, reload(Registration.class, p.past.getId()).getState());
        assertEquals(RegistrationState.REJECTED, reload(Registration.class, p.rejected.getId()).getState());

        only("ACCOUNT_DEACTIVATED", Account.class, account.getId());
        TiesAccess revoked = approved.getTiesAccess();
        assertEquals(p.member.getId(), only("TIES_ACCESS_REVOKED", TiesAccess.class, revoked.getId()).getOnBehalfOf().getId());
        assertEquals(p.other.getId(), only("TIES_ACCESS_WITHDRAWN", TiesAccess.class,
                requested.getTiesAccess().getId()).getOnBehalfOf().getId());
        assertEquals(p.other.getId(), only("AFFILIATION_WITHDRAWN", Affiliation.class, requested.getId()).getOnBehalfOf().getId());
        assertEquals(p.member.getId(), only("TIES_FOCAL_POINT_LAPSED", Organization.class, p.member.getId()).getOnBehalfOf().getId());
        assertEquals(p.member.getId(), only("DESIGNATED_FOCAL_POINT_LAPSED", DesignatedFocalPoint.class, p.dfp.getId())
                .getOnBehalfOf().getId());
        AuditEntry cancelled = only("REGISTRATION_CANCELLED", Registration.class, p.coming.getId());
        assertEquals(p.member.getId(), cancelled.getOnBehalfOf().getId());
        assertEquals(account.getId(), cancelled.getActor().getId());
        only("REGISTRATION_CANCELLED", Registration.class, p.endingToday.getId());
        assertTrue(audit.about(Registration.class, p.past.getId()).isEmpty());

        // the person is told of each registration cancelled, and only of those
        for (Registration r : List.of(p.coming, p.endingToday)) {
            Mailbox.Mail mail = Mailbox.await(p.account.getEmail(),
                    "Your registration for " + r.getEvent().getTitle() + ": cancelled");
            assertTrue(mail.body().contains("on behalf of " + p.member.getName() + " was cancelled."), mail.body());
            assertTrue(mail.body().contains("Reason: You deactivated your account."), mail.body());
        }
        assertEquals(2, Mailbox.of(p.account.getEmail()).stream().filter(m -> m.subject().endsWith(": cancelled"))
                .count());
    }

    @Test
    void aWrongConfirmationIsRefusedWithNothingChanged() throws Exception {
        Person p = new Person();

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> deactivation.deactivate(p.account, "someone.else@example.org"));

        assertTrue(refused.getMessage().startsWith("To confirm, type your e-mail address"), refused.getMessage());
        assertEquals(AccountState.ACTIVE, reload(Account.class, p.account.getId()).getState());
        assertEquals(TiesState.GRANTED, reload(Affiliation.class, p.approved.getId()).getTiesAccess().getState());
        assertEquals(AffiliationState.REQUESTED, reload(Affiliation.class, p.requested.getId()).getState());
        assertEquals(p.account.getId(), reload(Organization.class, p.member.getId()).getTiesFocalPoint().getId());
        assertNotNull(reload(DesignatedFocalPoint.class, p.dfp.getId()));
        assertEquals(RegistrationState.APPROVED, reload(Registration.class, p.coming.getId()).getState());
        assertTrue(audit.about(Account.class, p.account.getId()).isEmpty());
        assertTrue(audit.about(Registration.class, p.coming.getId()).isEmpty());
        assertTrue(Mailbox.of(p.account.getEmail()).isEmpty(), "nothing was mailed");
    }

    @Test
    void aBlankConfirmationIsRefused() throws Exception {
        Person p = new Person();
        assertThrows(RuleViolation.class, () -> deactivation.deactivate(p.account, "  "));
        assertEquals(AccountState.ACTIVE, reload(Account.class, p.account.getId()).getState());
    }
}
