package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

/** Rows for in-container tests, persisted by the caller's transaction; names never repeat between runs. */
final class TestData {

    private TestData() {
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@example.org";
    }

    static Account activeAccount(EntityManager em, String email) {
        Account account = new Account(email, "not-a-usable-hash", "Ada", "Lovelace");
        account.activate();
        em.persist(account);
        return account;
    }

    static Organization member(EntityManager em) {
        Organization organization = new Organization("Member " + UUID.randomUUID(), "CH",
                MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T));
        em.persist(organization);
        return organization;
    }

    static Event studyGroupEnding(EntityManager em, LocalDate endsOn) {
        Instant opens = Instant.now().minus(Duration.ofDays(60));
        Event event = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, "SG " + UUID.randomUUID(),
                endsOn.minusDays(3), endsOn, opens, opens.plus(Duration.ofDays(30)));
        em.persist(event);
        return event;
    }

    static Registration registration(EntityManager em, Event event, Affiliation affiliation, RegistrationState state) {
        Registration registration = new Registration(event, affiliation.getAccount(), affiliation);
        if (state != RegistrationState.PENDING_APPROVAL) {
            registration.decide(state, "test", null, null);
        }
        em.persist(registration);
        return registration;
    }
}
