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
import org.focalpoint.affiliations.MyAffiliations;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.OrganizationAdministration;
import org.focalpoint.organizations.OrganizationData;
import org.focalpoint.organizations.OrganizationDirectory;
import org.focalpoint.organizations.Sector;
import org.focalpoint.tiesfocalpoint.OrganizationContacts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secretariat staff manage organizations; nobody else can, and bad input changes nothing. */
@ExtendWith(ArquillianExtension.class)
class OrganizationAdministrationIT {

    private static final String CHANGED_MEANWHILE =
            "Someone else changed this organization in the meantime. Please look at it again and repeat your change.";

    static final String ONLY_STAFF = "Only secretariat staff can manage organizations.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    OrganizationAdministration administration;

    @Inject
    OrganizationDirectory directory;

    @Inject
    MyAffiliations myAffiliations;

    @Inject
    OrganizationContacts contacts;

    @Inject
    AuditLog audit;

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

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static OrganizationData sectorMember(String name) {
        return new OrganizationData(name, "CH", "Rue de Varembé 1, Geneva", MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_T));
    }

    private Organization stored(Long id) {
        return em.find(Organization.class, id);
    }

    private String snapshot(Long id) {
        Organization o = stored(id);
        return o.getVersion() + "|" + o.getName() + "|" + o.getCountry() + "|" + o.getAddress() + "|" + o.getCategory()
                + "|" + new TreeSet<>(o.getSectors()) + "|" + o.isActive() + "|"
                + (o.getTiesFocalPoint() == null ? null : o.getTiesFocalPoint().getId());
    }

    private static void refused(String expected, Executable call) {
        assertEquals(expected, assertThrows(RuleViolation.class, call).getMessage());
    }

    private List<AuditEntry> entries(AuditAction action, Class<?> subject, Long id) {
        return audit.about(subject, id).stream().filter(e -> e.getAction().equals(action.name())).toList();
    }

    // --- create and edit ---------------------------------------------------------------------------

    @Test
    void staffCreateAndEditAnOrganizationAndBothAreAuditedOnItsBehalf() throws Exception {
        Account staff = staff();
        String name = unique("Created Telecom");
        Organization created = administration.create(staff, new OrganizationData("  " + name + "  ", "FR", " ",
                MembershipCategory.MEMBER_STATE, EnumSet.allOf(Sector.class)));

        Organization o = stored(created.getId());
        assertEquals(name, o.getName());
        assertEquals("FR", o.getCountry());
        assertNull(o.getAddress());
        assertEquals(EnumSet.allOf(Sector.class), o.getSectors());
        assertTrue(o.isActive());
        AuditEntry entry = entries(AuditAction.ORGANIZATION_CREATED, Organization.class, o.getId()).get(0);
        assertEquals(staff.getId(), entry.getActor().getId());
        assertEquals(o.getId(), entry.getOnBehalfOf().getId());

        administration.edit(staff, o.getId(), o.getVersion(), new OrganizationData(name + " Renamed", "DE",
                "Berlin", MembershipCategory.ASSOCIATE, EnumSet.of(Sector.ITU_D)));
        Organization edited = stored(o.getId());
        assertEquals(name + " Renamed", edited.getName());
        assertEquals("DE", edited.getCountry());
        assertEquals("Berlin", edited.getAddress());
        assertEquals(MembershipCategory.ASSOCIATE, edited.getCategory());
        assertEquals(Set.of(Sector.ITU_D), edited.getSectors());
        AuditEntry edit = entries(AuditAction.ORGANIZATION_EDITED, Organization.class, o.getId()).get(0);
        assertEquals(staff.getId(), edit.getActor().getId());
        assertEquals(o.getId(), edit.getOnBehalfOf().getId());
        assertTrue(edit.getDetail().contains("was: " + name + ", FR, Member State"), edit.getDetail());
    }

    @Test
    void aSectorLeftLosesItsDesignatedFocalPoint() throws Exception {
        Account staff = staff();
        Organization o = administration.create(staff, new OrganizationData(unique("Two Sector Co"), "CH", null,
                MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T, Sector.ITU_D)));
        Account dfp = person("dfp");
        tx.begin();
        Affiliation a = new Affiliation(em.find(Account.class, dfp.getId()), stored(o.getId()), Instant.now());
        a.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(a);
        tx.commit();
        contacts.setDesignatedFocalPoint(staff, o.getId(), Sector.ITU_D, dfp.getId());
        contacts.setDesignatedFocalPoint(staff, o.getId(), Sector.ITU_T, dfp.getId());

        administration.edit(staff, o.getId(), stored(o.getId()).getVersion(), new OrganizationData(o.getName(), "CH",
                null, MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T)));

        List<Sector> left = em.createNamedQuery("DesignatedFocalPoint.ofOrganization", DesignatedFocalPoint.class)
                .setParameter("organization", stored(o.getId())).getResultStream()
                .map(DesignatedFocalPoint::getSector).toList();
        assertEquals(List.of(Sector.ITU_T), left);
    }

    // --- isolation -----------------------------------------------------------------------------------

    @Test
    void nobodyButActiveStaffManagesOrganizationsAndNothingChanges() throws Exception {
        Account staff = staff();
        Organization o = administration.create(staff, sectorMember(unique("Guarded Telecom")));
        Account focalPoint = person("focal");
        Account plain = person("plain");
        tx.begin();
        Affiliation a = new Affiliation(em.find(Account.class, focalPoint.getId()), stored(o.getId()), Instant.now());
        a.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(a);
        stored(o.getId()).designateTiesFocalPoint(em.find(Account.class, focalPoint.getId()));
        Account formerStaff = TestData.activeAccount(em, TestData.uniqueEmail("former-staff"));
        formerStaff.makeStaff();
        formerStaff.deactivate(Instant.now());
        tx.commit();
        String before = snapshot(o.getId());
        long version = stored(o.getId()).getVersion();
        OrganizationData change = sectorMember(o.getName() + " Hijacked");

        for (Account outsider : List.of(focalPoint, plain, formerStaff)) {
            refused(ONLY_STAFF, () -> administration.edit(outsider, o.getId(), version, change));
            refused(ONLY_STAFF, () -> administration.deactivate(outsider, o.getId(), version, "closing"));
            refused(ONLY_STAFF, () -> administration.organization(outsider, o.getId()));
            String newName = unique("Outsider Org");
            refused(ONLY_STAFF, () -> administration.create(outsider, sectorMember(newName)));
            assertTrue(TestData.organizationNamed(em, newName).isEmpty());
        }
        refused(ONLY_STAFF, () -> administration.create(null, sectorMember(unique("Anonymous Org"))));
        assertEquals(before, snapshot(o.getId()));
    }

    // --- bad input ------------------------------------------------------------------------------------

    @Test
    void everyBadInputIsRefusedWithAClearMessageAndNothingIsCreatedOrChanged() throws Exception {
        Account staff = staff();
        Organization other = administration.create(staff, sectorMember(unique("Taken Name Telecom")));
        Organization o = administration.create(staff, sectorMember(unique("Edited Telecom")));
        String before = snapshot(o.getId());
        long version = stored(o.getId()).getVersion();
        String fresh = unique("Fresh Telecom");
        Set<Sector> t = EnumSet.of(Sector.ITU_T);
        Set<Sector> none = EnumSet.noneOf(Sector.class);

        List<Object[]> cases = List.of(
                new Object[]{"Please enter the name of the organization.",
                        new OrganizationData("   ", "CH", null, MembershipCategory.SECTOR_MEMBER, t)},
                new Object[]{"Please enter the name of the organization.",
                        new OrganizationData(null, "CH", null, MembershipCategory.SECTOR_MEMBER, t)},
                new Object[]{"The organization name can be at most 200 characters long.",
                        new OrganizationData("N".repeat(201), "CH", null, MembershipCategory.SECTOR_MEMBER, t)},
                new Object[]{"Another organization is already called " + other.getName().toUpperCase() + ".",
                        new OrganizationData(other.getName().toUpperCase(), "CH", null,
                                MembershipCategory.SECTOR_MEMBER, t)},
                new Object[]{"Please choose the country of the organization from the list.",
                        new OrganizationData(fresh, "XX", null, MembershipCategory.SECTOR_MEMBER, t)},
                new Object[]{"Please choose the country of the organization from the list.",
                        new OrganizationData(fresh, null, null, MembershipCategory.SECTOR_MEMBER, t)},
                new Object[]{"The address can be at most 500 characters long.",
                        new OrganizationData(fresh, "CH", "A".repeat(501), MembershipCategory.SECTOR_MEMBER, t)},
                new Object[]{"Please choose the membership category.",
                        new OrganizationData(fresh, "CH", null, null, t)},
                new Object[]{"A Member State takes part in all three sectors: tick ITU-R, ITU-T and ITU-D.",
                        new OrganizationData(fresh, "CH", null, MembershipCategory.MEMBER_STATE, t)},
                new Object[]{"An Academia member takes part in all three sectors: tick ITU-R, ITU-T and ITU-D.",
                        new OrganizationData(fresh, "CH", null, MembershipCategory.ACADEMIA, none)},
                new Object[]{"A Sector Member takes part in one or more sectors: tick at least one.",
                        new OrganizationData(fresh, "CH", null, MembershipCategory.SECTOR_MEMBER, none)},
                new Object[]{"An Associate takes part in exactly one sector: tick one.",
                        new OrganizationData(fresh, "CH", null, MembershipCategory.ASSOCIATE,
                                EnumSet.of(Sector.ITU_T, Sector.ITU_R))},
                new Object[]{"A non-member takes part in no sector: untick the sectors.",
                        new OrganizationData(fresh, "CH", null, MembershipCategory.NON_MEMBER, t)});

        for (Object[] c : cases) {
            String message = (String) c[0];
            OrganizationData data = (OrganizationData) c[1];
            refused(message, () -> administration.create(staff, data));
            refused(message, () -> administration.edit(staff, o.getId(), version, data));
        }
        assertTrue(TestData.organizationNamed(em, fresh).isEmpty(), "nothing was created");
        assertEquals(before, snapshot(o.getId()), "nothing was changed");
        refused("This organization does not exist.",
                () -> administration.edit(staff, -1L, 0, sectorMember(unique("Ghost"))));
        refused("Please give a reason: people waiting on " + o.getName() + " will read it.",
                () -> administration.deactivate(staff, o.getId(), version, "  "));
        refused("Please keep the reason under 1000 characters.",
                () -> administration.deactivate(staff, o.getId(), version, "r".repeat(1001)));
        assertEquals(before, snapshot(o.getId()), "nothing was deactivated");
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndTheNewerOneStays() throws Exception {
        Account staff = staff();
        Organization o = administration.create(staff, sectorMember(unique("Raced Telecom")));
        long seen = stored(o.getId()).getVersion();
        administration.edit(staff, o.getId(), seen, sectorMember(o.getName() + " First"));
        String after = snapshot(o.getId());

        refused(CHANGED_MEANWHILE,
                () -> administration.edit(staff, o.getId(), seen, sectorMember(o.getName() + " Second")));
        refused(CHANGED_MEANWHILE,
                () -> administration.deactivate(staff, o.getId(), seen, "stale"));
        assertEquals(after, snapshot(o.getId()));
    }

    // --- deactivation ---------------------------------------------------------------------------------

    @Test
    void deactivatingClosesRequestsRevokesTiesAndLapsesRoles() throws Exception {
        Account staff = staff();
        Organization o = administration.create(staff, new OrganizationData(unique("Closing Telecom"), "CH", null,
                MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T)));
        Account focalPoint = person("focal");
        Account applicant = person("applicant");
        Account asker = person("asker");
        Account outsider = person("outsider");
        tx.begin();
        Organization org = stored(o.getId());
        Affiliation fpAffiliation = new Affiliation(em.find(Account.class, focalPoint.getId()), org, Instant.now());
        fpAffiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        fpAffiliation.requestTiesAccess(Instant.now()).decide(TiesState.GRANTED, null, null, Instant.now());
        em.persist(fpAffiliation);
        org.designateTiesFocalPoint(em.find(Account.class, focalPoint.getId()));
        DesignatedFocalPoint dfp = new DesignatedFocalPoint(org, Sector.ITU_T, em.find(Account.class,
                focalPoint.getId()), Instant.now());
        em.persist(dfp);
        Affiliation pending = new Affiliation(em.find(Account.class, applicant.getId()), org, Instant.now());
        pending.requestTiesAccess(Instant.now());
        em.persist(pending);
        Affiliation tiesOnly = new Affiliation(em.find(Account.class, asker.getId()), org, Instant.now());
        tiesOnly.decide(AffiliationState.APPROVED, null, null, Instant.now());
        tiesOnly.requestTiesAccess(Instant.now());
        em.persist(tiesOnly);
        tx.commit();
        String reason = "Membership ended on 31 December";

        administration.deactivate(staff, o.getId(), stored(o.getId()).getVersion(), reason);

        Organization closed = stored(o.getId());
        assertFalse(closed.isActive());
        assertNull(closed.getTiesFocalPoint());
        assertTrue(em.createNamedQuery("DesignatedFocalPoint.ofOrganization", DesignatedFocalPoint.class)
                .setParameter("organization", closed).getResultList().isEmpty());
        Affiliation p = em.find(Affiliation.class, pending.getId());
        assertEquals(AffiliationState.REJECTED, p.getState());
        assertEquals(reason, p.getDecision().getReason());
        assertEquals(staff.getId(), p.getDecision().getBy().getId());
        assertEquals(TiesState.REJECTED, p.getTiesAccess().getState());
        Affiliation t = em.find(Affiliation.class, tiesOnly.getId());
        assertEquals(AffiliationState.APPROVED, t.getState(), "an approved affiliation is history, kept");
        assertEquals(TiesState.REJECTED, t.getTiesAccess().getState());
        TiesAccess granted = em.find(Affiliation.class, fpAffiliation.getId()).getTiesAccess();
        assertEquals(TiesState.REVOKED, granted.getState());

        AuditEntry deactivated = entries(AuditAction.ORGANIZATION_DEACTIVATED, Organization.class, o.getId()).get(0);
        assertEquals(staff.getId(), deactivated.getActor().getId());
        assertEquals(o.getId(), deactivated.getOnBehalfOf().getId());
        assertEquals(reason, deactivated.getReason());
        assertEquals(1, entries(AuditAction.TIES_FOCAL_POINT_LAPSED, Organization.class, o.getId()).size());
        assertEquals(1, entries(AuditAction.DESIGNATED_FOCAL_POINT_LAPSED, DesignatedFocalPoint.class, dfp.getId()).size());
        assertEquals(1, entries(AuditAction.AFFILIATION_REJECTED, Affiliation.class, pending.getId()).size());
        assertEquals(1, entries(AuditAction.TIES_ACCESS_REVOKED, TiesAccess.class, granted.getId()).size());

        assertTrue(Mailbox.await(applicant.getEmail(), "Your request to join " + o.getName() + ": closed").body()
                .contains(reason));
        assertTrue(Mailbox.await(asker.getEmail(), "Your request to join " + o.getName() + ": closed").body()
                .contains(reason));
        assertTrue(Mailbox.await(focalPoint.getEmail(), "You are no longer the TIES Focal Point of " + o.getName())
                .body().contains(reason));

        assertTrue(directory.suggest(MembershipCategory.Standing.ITU_MEMBER, o.getName()).isEmpty(),
                "no longer offered at sign-up");
        refused("Please choose your organization from the list.",
                () -> myAffiliations.requestAffiliation(outsider, o.getId(), true));
        refused(o.getName() + " has been deactivated and accepts no new requests.",
                () -> myAffiliations.requestTies(asker, tiesOnly.getId()));
        refused(o.getName() + " has been deactivated: reactivate it first.",
                () -> contacts.designateTiesFocalPoint(staff, o.getId(), focalPoint.getId()));
        refused(o.getName() + " is already deactivated.",
                () -> administration.deactivate(staff, o.getId(), stored(o.getId()).getVersion(), reason));

        administration.reactivate(staff, o.getId(), stored(o.getId()).getVersion());
        assertTrue(stored(o.getId()).isActive());
        assertEquals(1, entries(AuditAction.ORGANIZATION_REACTIVATED, Organization.class, o.getId()).size());
        assertEquals(List.of(o.getId()), directory.suggest(MembershipCategory.Standing.ITU_MEMBER, o.getName())
                .stream().map(Organization::getId).toList());
    }

    @Test
    void anOrganizationThatIsNoLongerAnItuMemberLosesItsTiesRights() throws Exception {
        Account staff = staff();
        Organization o = administration.create(staff, sectorMember(unique("Lapsing Telecom")));
        Account holder = person("holder");
        tx.begin();
        Affiliation a = new Affiliation(em.find(Account.class, holder.getId()), stored(o.getId()), Instant.now());
        a.decide(AffiliationState.APPROVED, null, null, Instant.now());
        a.requestTiesAccess(Instant.now()).decide(TiesState.GRANTED, null, null, Instant.now());
        em.persist(a);
        stored(o.getId()).designateTiesFocalPoint(em.find(Account.class, holder.getId()));
        tx.commit();

        administration.edit(staff, o.getId(), stored(o.getId()).getVersion(), new OrganizationData(o.getName(), "CH",
                null, MembershipCategory.NON_MEMBER, EnumSet.noneOf(Sector.class)));

        assertNull(stored(o.getId()).getTiesFocalPoint());
        assertEquals(TiesState.REVOKED, em.find(Affiliation.class, a.getId()).getTiesAccess().getState());
        assertEquals(o.getName() + " is no longer an ITU Member",
                em.find(Affiliation.class, a.getId()).getTiesAccess().getDecision().getReason());
    }
}
