package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.optin.OptInChange;
import org.focalpoint.optin.OptInEntry;
import org.focalpoint.optin.OptInFilter;
import org.focalpoint.optin.OptInHistoryLine;
import org.focalpoint.optin.OptInListLine;
import org.focalpoint.optin.OptInOverview;
import org.focalpoint.optin.OptInRecords;
import org.focalpoint.optin.OptInSetting;
import org.focalpoint.optin.OptInSource;
import org.focalpoint.optin.OptInStanding;
import org.focalpoint.optin.OptInStandings;
import org.focalpoint.optin.SectorOptIn;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff record members' opt-ins and opt-outs (TSB Circular 118): the history keeps every change,
 * the standing the approval rule reads follows, and whatever makes no sense is refused with nothing
 * written. Focal points read their own organization's standing, nobody else's.
 */
@ExtendWith(ArquillianExtension.class)
class OptInRecordsIT {

    private static final String CHANGED_MEANWHILE =
            "Someone else recorded a change for this organization and sector in the meantime. "
                    + "Please look at its standing again and repeat your change if it is still needed.";
    private static final String ONLY_STAFF = "Only secretariat staff can record opt-ins and opt-outs.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    OptInRecords records;

    @Inject
    private StudyPeriod studyPeriod;

    @Inject
    OptInStandings standings;

    @Resource
    ManagedExecutorService executor;

    private Account staff() throws Exception {
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();
        return staff;
    }

    private Account person(String who) throws Exception {
        tx.begin();
        Account account = TestData.activeAccount(em, TestData.uniqueEmail(who));
        tx.commit();
        return account;
    }

    private Organization member() throws Exception {
        tx.begin();
        Organization organization = TestData.member(em);
        tx.commit();
        return organization;
    }

    private Organization organization(MembershipCategory category, EnumSet<Sector> sectors, boolean active)
            throws Exception {
        tx.begin();
        Organization organization = new Organization("Opt-in test " + UUID.randomUUID(), "CH", category, sectors,
                Instant.now());
        if (!active) {
            organization.deactivate();
        }
        em.persist(organization);
        tx.commit();
        return organization;
    }

    private static OptInEntry optIn(LocalDate on) {
        return new OptInEntry(Sector.ITU_T, true, on, OptInSource.EMAIL, "tsbdir mail of " + on, "As asked by the DFP");
    }

    private static OptInEntry optOut(LocalDate on) {
        return new OptInEntry(Sector.ITU_T, false, on, OptInSource.LETTER, "Letter ref. 42", null);
    }

    private List<OptInChange> changes(Organization organization) {
        em.clear();
        return em.createQuery("select c from OptInChange c where c.organization.id = :id order by c.id", OptInChange.class)
                .setParameter("id", organization.getId()).getResultList();
    }

    /** Everything stored about the member's opt-ins, to prove a refusal changed nothing. */
    private String snapshot(Organization organization) {
        em.clear();
        List<OptInSetting> settings = em.createQuery("select s from OptInSetting s where s.organization.id = :id",
                OptInSetting.class).setParameter("id", organization.getId()).getResultList();
        long audited = em.createQuery("select count(e) from AuditEntry e where e.onBehalfOf.id = :id", Long.class)
                .setParameter("id", organization.getId()).getSingleResult();
        return changes(organization).size() + "|" + settings.stream().map(s -> s.getSector() + ":" + s.getVersion()
                + ":" + s.isOptedIn() + ":" + s.getEffectiveOn() + ":" + s.getLapsesOn()).toList() + "|" + audited;
    }

    private void refusedUnchanged(Organization organization, String expected, Executable call) {
        String before = snapshot(organization);
        assertEquals(expected, assertThrows(RuleViolation.class, call).getMessage());
        assertEquals(before, snapshot(organization), "nothing written");
    }

    private Long version(Organization organization) {
        em.clear();
        return em.createNamedQuery("OptInSetting.of", OptInSetting.class)
                .setParameter("organization", em.find(Organization.class, organization.getId()))
                .setParameter("sector", Sector.ITU_T).getResultStream().findFirst()
                .map(OptInSetting::getVersion).orElse(null);
    }

    @Test
    void optInThenOptOutKeepsBothInTheHistoryAndTheApprovalRuleReadsEach() throws Exception {
        Account staff = staff();
        Organization organization = member();
        LocalDate today = LocalDate.now();
        StudyPeriod period = studyPeriod;

        records.record(staff, organization.getId(), null, optIn(today));

        OptInStanding in = standings.of(organization, Sector.ITU_T).orElseThrow();
        assertTrue(in.optedIn());
        assertEquals(today, in.effectiveOn());
        assertEquals(period.endsOn(), in.lapsesOn(), "an opt-in lapses at the end of the study period");
        assertTrue(in.inEffectOn(Sector.ITU_T, period, today));
        assertFalse(in.inEffectOn(Sector.ITU_T, period, period.endsOn().plusDays(1)));
        assertTrue(standings.of(organization, Sector.ITU_R).isEmpty());

        records.record(staff, organization.getId(), version(organization), optOut(today));

        OptInStanding out = standings.of(organization, Sector.ITU_T).orElseThrow();
        assertFalse(out.optedIn());
        assertNull(out.lapsesOn());
        assertFalse(out.inEffectOn(Sector.ITU_T, period, today));

        List<OptInChange> history = changes(organization);
        assertEquals(2, history.size(), "both changes kept");
        assertTrue(history.get(0).isOptedIn());
        assertEquals(OptInSource.EMAIL, history.get(0).getSource());
        assertEquals("tsbdir mail of " + today, history.get(0).getReference());
        assertEquals("As asked by the DFP", history.get(0).getNote());
        assertEquals(staff.getId(), history.get(0).getRecordedBy().getId());
        assertFalse(history.get(1).isOptedIn());
        assertEquals(OptInSource.LETTER, history.get(1).getSource());

        OptInOverview overview = records.overview(staff, organization.getId());
        assertTrue(overview.mayRecord());
        List<OptInHistoryLine> lines = overview.history();
        assertEquals(List.of(false, true), lines.stream().map(OptInHistoryLine::optedIn).toList(), "newest first");
        assertEquals("Sam Secretariat", lines.get(0).recordedBy());
        SectorOptIn itut = overview.sectors().get(0);
        assertTrue(itut.words().startsWith("Opted out on "), itut.words());

        List<AuditEntry> audited = em.createQuery("select e from AuditEntry e where e.onBehalfOf.id = :id"
                + " order by e.id", AuditEntry.class).setParameter("id", organization.getId()).getResultList();
        assertEquals(List.of(AuditAction.OPT_IN_RECORDED.name(), AuditAction.OPT_OUT_RECORDED.name()),
                audited.stream().map(AuditEntry::getAction).toList());
        assertEquals(staff.getId(), audited.get(0).getActor().getId());
        assertEquals("As asked by the DFP", audited.get(0).getReason());
    }

    @Test
    void theStandingSaysWhenTheOptInLapses() throws Exception {
        Account staff = staff();
        Organization organization = member();
        LocalDate today = LocalDate.now();
        records.record(staff, organization.getId(), null, optIn(today));
        StudyPeriod period = studyPeriod;
        String words = records.overview(staff, organization.getId()).sectors().get(0).words();
        assertTrue(words.startsWith("Opted in since "), words);
        assertTrue(words.endsWith(", lapses on " + day(period.endsOn()) + " (end of study period "
                + period.name() + ")"), words);
    }

    @Test
    void onlyActiveStaffRecord() throws Exception {
        Organization organization = member();
        Account person = person("not-staff");
        refusedUnchanged(organization, ONLY_STAFF,
                () -> records.record(person, organization.getId(), null, optIn(LocalDate.now())));
        refusedUnchanged(organization, ONLY_STAFF,
                () -> records.record(null, organization.getId(), null, optIn(LocalDate.now())));
        assertEquals(ONLY_STAFF, assertThrows(RuleViolation.class,
                () -> records.page(person, OptInFilter.everything(), 0, 10)).getMessage());
    }

    @Test
    void onlyAnActiveItuMemberInThatSectorOptsIn() throws Exception {
        Account staff = staff();
        Organization member = member();
        refusedUnchanged(member, member.getName() + " does not take part in ITU-R: it cannot opt in or out there.",
                () -> records.record(staff, member.getId(), null,
                        new OptInEntry(Sector.ITU_R, true, LocalDate.now(), OptInSource.EMAIL, null, null)));

        Organization other = organization(MembershipCategory.NON_MEMBER, EnumSet.noneOf(Sector.class), true);
        refusedUnchanged(other, "Only an active ITU Member can opt in to automatic approval; " + other.getName()
                + " is not an ITU Member.", () -> records.record(staff, other.getId(), null, optIn(LocalDate.now())));

        Organization gone = organization(MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T), false);
        refusedUnchanged(gone, "Only an active ITU Member can opt in to automatic approval; " + gone.getName()
                + " is deactivated.", () -> records.record(staff, gone.getId(), null, optIn(LocalDate.now())));

        assertEquals("This organization does not exist.", assertThrows(RuleViolation.class,
                () -> records.record(staff, -1L, null, optIn(LocalDate.now()))).getMessage());
    }

    @Test
    void badDatesSourcesAndLengthsAreRefusedWithNothingWritten() throws Exception {
        Account staff = staff();
        Organization organization = member();
        Long id = organization.getId();
        StudyPeriod period = studyPeriod;
        refusedUnchanged(organization, "The date cannot be after the end of study period " + period.name() + " ("
                        + day(period.endsOn()) + ").",
                () -> records.record(staff, id, null, optIn(period.endsOn().plusDays(1))));
        refusedUnchanged(organization, "The date cannot be more than a year in the past.",
                () -> records.record(staff, id, null, optIn(LocalDate.now().minusDays(366))));
        refusedUnchanged(organization, "Please enter the date the change takes effect.",
                () -> records.record(staff, id, null, optIn(null)));
        refusedUnchanged(organization, "Please choose the sector.", () -> records.record(staff, id, null,
                new OptInEntry(null, true, LocalDate.now(), OptInSource.EMAIL, null, null)));
        for (OptInSource notGiven : new OptInSource[]{null, OptInSource.STUDY_PERIOD_END}) {
            refusedUnchanged(organization,
                    "Please choose where the request came from: a letter, an e-mail or the secretariat.",
                    () -> records.record(staff, id, null,
                            new OptInEntry(Sector.ITU_T, true, LocalDate.now(), notGiven, null, null)));
        }
        refusedUnchanged(organization, "The reference can be at most 300 characters long.",
                () -> records.record(staff, id, null,
                        new OptInEntry(Sector.ITU_T, true, LocalDate.now(), OptInSource.EMAIL, "r".repeat(301), null)));
        refusedUnchanged(organization, "The note can be at most 2000 characters long.",
                () -> records.record(staff, id, null,
                        new OptInEntry(Sector.ITU_T, true, LocalDate.now(), OptInSource.EMAIL, null, "n".repeat(2001))));

        // the limits themselves are accepted, a year back included
        records.record(staff, id, null, new OptInEntry(Sector.ITU_T, true, LocalDate.now().minusDays(365),
                OptInSource.LETTER, "r".repeat(300), "n".repeat(2000)));
        assertEquals(1, changes(organization).size());
    }

    @Test
    void optingInTwiceOrOutWhenNotInIsRefused() throws Exception {
        Account staff = staff();
        Organization organization = member();
        LocalDate today = LocalDate.now();
        String where = organization.getName() + ", ITU-T";
        refusedUnchanged(organization, where + " is not opted in: there is nothing to opt out of.",
                () -> records.record(staff, organization.getId(), null, optOut(today)));

        records.record(staff, organization.getId(), null, optIn(today.minusDays(2)));
        refusedUnchanged(organization, where + " is already opted in (since "
                        + day(today.minusDays(2)) + ").",
                () -> records.record(staff, organization.getId(), version(organization), optIn(today)));
        refusedUnchanged(organization, "The change cannot take effect before the current standing, which dates from "
                        + day(today.minusDays(2)) + ".",
                () -> records.record(staff, organization.getId(), version(organization), optOut(today.minusDays(3))));

        records.record(staff, organization.getId(), version(organization), optOut(today));
        refusedUnchanged(organization, where + " is not opted in: there is nothing to opt out of.",
                () -> records.record(staff, organization.getId(), version(organization), optOut(today)));
        assertEquals(2, changes(organization).size());
    }

    @Test
    void aChangeOnAStandingSomeoneElseChangedIsRefused() throws Exception {
        Account staff = staff();
        Organization organization = member();
        LocalDate today = LocalDate.now();
        Long neverSeen = null;
        records.record(staff, organization.getId(), neverSeen, optIn(today));
        // a second page still showing "never opted in"
        refusedUnchanged(organization, CHANGED_MEANWHILE,
                () -> records.record(staff, organization.getId(), neverSeen, optOut(today)));
        Long seen = version(organization);
        records.record(staff, organization.getId(), seen, optOut(today));
        refusedUnchanged(organization, CHANGED_MEANWHILE,
                () -> records.record(staff, organization.getId(), seen, optIn(today)));
    }

    @Test
    void twoStaffRecordingASectorsFirstChangeAtOnceOneStandsTheOtherIsToldItChanged() throws Exception {
        Account staff = staff();
        Account colleague = staff();
        Organization organization = member();
        LocalDate today = LocalDate.now();
        Long neverSeen = null;
        Race.Outcome<OptInChange> race = Race.run(executor,
                () -> records.record(staff, organization.getId(), neverSeen, optIn(today)),
                () -> records.record(colleague, organization.getId(), neverSeen, optIn(today)));
        assertEquals(1, race.stood().size(), race.toString());
        assertEquals(List.of(CHANGED_MEANWHILE), race.refused());
        assertEquals(1, changes(organization).size(), "one change recorded");
    }

    @Test
    void focalPointsOfTheMemberReadItsStandingOthersDoNot() throws Exception {
        Account staff = staff();
        Organization organization = member();
        Organization elsewhere = member();
        Account tiesFocalPoint = person("ties-fp");
        Account dfp = person("dfp");
        Account otherFocalPoint = person("other-fp");
        Account delegate = person("delegate");
        tx.begin();
        em.find(Organization.class, organization.getId()).designateTiesFocalPoint(em.find(Account.class,
                tiesFocalPoint.getId()));
        em.find(Organization.class, elsewhere.getId()).designateTiesFocalPoint(em.find(Account.class,
                otherFocalPoint.getId()));
        em.persist(new DesignatedFocalPoint(em.find(Organization.class, organization.getId()), Sector.ITU_T,
                em.find(Account.class, dfp.getId()), Instant.now()));
        tx.commit();
        records.record(staff, organization.getId(), null, optIn(LocalDate.now()));

        for (Account reader : List.of(tiesFocalPoint, dfp)) {
            OptInOverview overview = records.overview(reader, organization.getId());
            assertFalse(overview.mayRecord());
            assertEquals(1, overview.history().size());
            assertTrue(overview.sectors().get(0).optedIn());
            assertEquals(organization.getId(), records.ownOrganization(reader).orElseThrow());
            refusedUnchanged(organization, ONLY_STAFF,
                    () -> records.record(reader, organization.getId(), version(organization), optOut(LocalDate.now())));
        }
        String refusal = "Only the focal points of " + organization.getName()
                + " or the ITU secretariat can see its automatic approval.";
        for (Account stranger : List.of(otherFocalPoint, delegate)) {
            assertEquals(refusal, assertThrows(RuleViolation.class,
                    () -> records.overview(stranger, organization.getId())).getMessage());
        }
        assertTrue(records.ownOrganization(delegate).isEmpty());
    }

    @Test
    void staffFindMembersByStandingSectorAndName() throws Exception {
        Account staff = staff();
        Organization optedIn = member();
        Organization optedOut = member();
        Organization never = member();
        LocalDate today = LocalDate.now();
        records.record(staff, optedIn.getId(), null, optIn(today));
        records.record(staff, optedOut.getId(), null, optIn(today));
        records.record(staff, optedOut.getId(), version(optedOut), optOut(today));

        assertEquals(List.of(optedIn.getId()), found(staff, optedIn, Sector.ITU_T, OptInFilter.Standing.OPTED_IN));
        assertEquals(List.of(), found(staff, optedIn, Sector.ITU_T, OptInFilter.Standing.OPTED_OUT));
        assertEquals(List.of(optedOut.getId()), found(staff, optedOut, null, OptInFilter.Standing.OPTED_OUT));
        assertEquals(List.of(never.getId()), found(staff, never, Sector.ITU_T, OptInFilter.Standing.NEVER));
        assertEquals(List.of(), found(staff, never, Sector.ITU_R, null), "not in that sector");
        assertEquals(List.of(), found(staff, never, null, OptInFilter.Standing.OPTED_IN));

        OptInListLine line = records.page(staff, new OptInFilter(optedIn.getName(), null, null), 0, 10).get(0);
        assertEquals(optedIn.getName(), line.name());
        assertTrue(line.sectors().get(0).words().startsWith("Opted in since "), line.sectors().toString());
        assertEquals(1, records.count(staff, new OptInFilter(optedIn.getName(), Sector.ITU_T, null)));
    }

    private List<Long> found(Account staff, Organization named, Sector sector, OptInFilter.Standing standing) {
        return records.page(staff, new OptInFilter(named.getName(), sector, standing), 0, 10).stream()
                .map(OptInListLine::id).toList();
    }

    /** A date as the messages write it. */
    private static String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
    }
}
