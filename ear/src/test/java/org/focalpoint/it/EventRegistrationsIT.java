package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventRegistrations;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationFilter;
import org.focalpoint.events.RegistrationLine;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff list an event's registrations by state, organization and delegate, and export the filtered
 * list to CSV: every row, the right columns, and what delegates typed escaped, formulas included.
 */
@ExtendWith(ArquillianExtension.class)
class EventRegistrationsIT {

    private static final String ONLY_STAFF = "Only secretariat staff can manage events.";

    static final String FORMULA = "=HYPERLINK(\"http://x\")";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    EventRegistrations registrations;

    record Fixture(Account staff, Event event, String organization, Long otherEvent) {
    }

    /**
     * One event with four registrations from two organizations (one with a comma and quotes in its
     * name), delegates whose names are formulas, accents and quotes; one rejected with a reason over
     * two lines. A registration to another event must never show.
     */
    private Fixture fixture() throws Exception {
        tx.begin();
        Account staff = TestData.staff(em);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String orgName = "Acme, \"Quoted\" Telecom " + suffix;
        Organization acme = new Organization(orgName, "CH", MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_T), Instant.now());
        em.persist(acme);
        Organization other = new Organization("+1 Telecom " + suffix, "FR", MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_T), Instant.now());
        em.persist(other);
        Event event = TestData.studyGroupEnding(em, LocalDate.now().plusDays(40));
        Event otherEvent = TestData.studyGroupEnding(em, LocalDate.now().plusDays(40));
        Registration formula = register(event, acme, FORMULA, "Zoë Ørsted-Łukasz", "formula");
        register(event, acme, "@SUM(A1)", "Brown", "at");
        Registration rejected = register(event, other, "-2+3", "O'Brien, \"Jr\"", "minus");
        rejected.decide(RegistrationState.REJECTED, "The DFP's decision", staff, "Not our delegate,\nsorry",
                Instant.now());
        Registration approved = register(event, other, "Ada", "Lovelace", "ada.lovelace");
        approved.decide(RegistrationState.APPROVED, "The DFP's decision", staff, null, Instant.now());
        register(otherEvent, other, "Elsewhere", "Person", "elsewhere");
        tx.commit();
        return new Fixture(staff, event, orgName, otherEvent.getId());
    }

    private Registration register(Event event, Organization organization, String given, String family, String who) {
        Account delegate = new Account(TestData.uniqueEmail(who), "not-a-usable-hash", given, family, Instant.now());
        delegate.activate();
        em.persist(delegate);
        Affiliation affiliation = new Affiliation(delegate, organization, Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        return TestData.registration(em, event, affiliation, RegistrationState.PENDING_APPROVAL);
    }

    private static List<String> families(List<RegistrationLine> lines) {
        return lines.stream().map(RegistrationLine::familyName).toList();
    }

    @Test
    void staffFilterAnEventsRegistrationsAPageAtATime() throws Exception {
        Fixture f = fixture();
        Long id = f.event().getId();
        assertEquals(4, registrations.count(f.staff(), id, RegistrationFilter.everything()));
        List<RegistrationLine> first = registrations.page(f.staff(), id, RegistrationFilter.everything(), 0, 3);
        List<RegistrationLine> second = registrations.page(f.staff(), id, RegistrationFilter.everything(), 3, 3);
        assertEquals(List.of("Brown", "Lovelace", "O'Brien, \"Jr\""), families(first), "by family name");
        assertEquals(List.of("Zoë Ørsted-Łukasz"), families(second));

        assertEquals(List.of("O'Brien, \"Jr\""), families(registrations.page(f.staff(), id,
                new RegistrationFilter(RegistrationState.REJECTED, null, null), 0, 10)));
        assertEquals(2, registrations.count(f.staff(), id, new RegistrationFilter(null, "acme, \"quoted", null)));
        assertEquals(List.of("Zoë Ørsted-Łukasz"), families(registrations.page(f.staff(), id,
                new RegistrationFilter(null, null, "hyperlink"), 0, 10)));
        assertEquals(1, registrations.count(f.staff(), id, new RegistrationFilter(null, null, "ADA.LOVELACE-")), "by e-mail");
        assertEquals(0, registrations.count(f.staff(), id,
                new RegistrationFilter(RegistrationState.APPROVED, f.organization(), null)));

        RegistrationLine rejected = registrations.page(f.staff(), id,
                new RegistrationFilter(RegistrationState.REJECTED, null, null), 0, 1).get(0);
        assertEquals("Sam Secretariat", rejected.decidedBy());
        assertEquals("Not our delegate,\nsorry", rejected.reason());
    }

    @Test
    void theCsvHoldsEveryFilteredRowWithWhatDelegatesTypedEscapedAndNoFormula() throws Exception {
        Fixture f = fixture();
        byte[] bytes = registrations.csv(f.staff(), f.event().getId(), RegistrationFilter.everything());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                "UTF-8 with a byte order mark");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] rows = csv.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        assertEquals("Given name,Family name,E-mail,Country,Organization,Organization country,State,Basis,"
                + "Registered at (UTC),Decided by,Decided at (UTC),Reason", rows[0]);
        assertEquals(5, rows.length, "a header and every registration of the event, none of another event:\n" + csv);

        assertTrue(rows[1].startsWith("'@SUM(A1),Brown,at-"), rows[1]);
        assertTrue(rows[1].contains(",\"Acme, \"\"Quoted\"\" Telecom "), rows[1]);
        assertTrue(rows[1].contains(",Waiting for approval,"), "the state in words: " + rows[1]);
        assertTrue(rows[2].startsWith("Ada,Lovelace,ada.lovelace-"), rows[2]);
        assertTrue(rows[2].contains(",'+1 Telecom "), "an organization's name is neutralized too: " + rows[2]);
        assertTrue(rows[2].contains(",Approved,The DFP's decision,"), rows[2]);
        assertTrue(rows[2].contains(",Sam Secretariat,"), rows[2]);
        assertTrue(rows[3].startsWith("'-2+3,\"O'Brien, \"\"Jr\"\"\",minus-"), rows[3]);
        assertTrue(rows[3].contains(",Not approved,The DFP's decision,"), rows[3]);
        assertTrue(rows[3].contains(",Sam Secretariat,"), rows[3]);
        assertTrue(rows[3].endsWith(",\"Not our delegate,\nsorry\""), rows[3]);
        assertTrue(rows[4].startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",Zoë Ørsted-Łukasz,formula-"), rows[4]);
        assertTrue(csv.contains("\r\n") && csv.endsWith("\r\n"), "rows end with CRLF");

        String filtered = new String(registrations.csv(f.staff(), f.event().getId(),
                new RegistrationFilter(RegistrationState.REJECTED, null, null)), StandardCharsets.UTF_8);
        assertEquals(2, filtered.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length, "the filter holds: " + filtered);
    }

    @Test
    void someoneWhoIsNotStaffGetsNoListAndNoFile() throws Exception {
        Fixture f = fixture();
        tx.begin();
        Account person = TestData.activeAccount(em, TestData.uniqueEmail("curious"));
        tx.commit();
        Long id = f.event().getId();
        for (var call : List.<org.junit.jupiter.api.function.Executable>of(
                () -> registrations.csv(person, id, RegistrationFilter.everything()),
                () -> registrations.page(person, id, RegistrationFilter.everything(), 0, 10),
                () -> registrations.count(person, id, RegistrationFilter.everything()))) {
            assertEquals(ONLY_STAFF, assertThrows(RuleViolation.class, call).getMessage());
        }
        assertEquals("This event does not exist.", assertThrows(RuleViolation.class,
                () -> registrations.csv(f.staff(), -1L, RegistrationFilter.everything())).getMessage());
    }
}
