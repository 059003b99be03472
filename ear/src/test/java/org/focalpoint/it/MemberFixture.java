package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An organization of a fixed name with the people a test stands on, in the caller's transaction:
 * found or created, then put back as the test starts, since reruns and other classes share the
 * database. Consent documents are published first, so that the people it approves can sign in.
 * <pre>
 * MemberFixture.sectorMember(em, consents, "Contacts Page Telecom")
 *         .focalPoint(FOCAL_POINT, PASSWORD, "Fiona", "Focal")
 *         .delegate(COLLEAGUE, PASSWORD, "Carl", "Colleague");
 * </pre>
 */
final class MemberFixture {

    private final EntityManager em;
    private final ConsentService consents;
    private final Organization organization;

    private MemberFixture(EntityManager em, ConsentService consents, Organization organization) {
        this.em = em;
        this.consents = consents;
        this.organization = organization;
    }

    /** A Sector Member of ITU-T in Switzerland. */
    static MemberFixture sectorMember(EntityManager em, ConsentService consents, String name) {
        return organization(em, consents, name, MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T));
    }

    static MemberFixture organization(EntityManager em, ConsentService consents, String name,
                                      MembershipCategory category, Set<Sector> sectors) {
        TestData.consentDocumentsPublished(em, consents);
        return new MemberFixture(em, consents, TestData.organization(em, name, category, sectors));
    }

    Organization organization() {
        return organization;
    }

    /** A person approved with the organization, who can sign in with {@code password}. */
    MemberFixture delegate(String email, String password, String givenName, String familyName) {
        person(email, password, givenName, familyName);
        return this;
    }

    /** A delegate whose TIES access is granted. */
    MemberFixture delegateWithTies(String email, String password, String givenName, String familyName) {
        TestData.tiesGranted(em, person(email, password, givenName, familyName));
        return this;
    }

    /** A delegate who is the organization's TIES Focal Point, whoever was before. */
    MemberFixture focalPoint(String email, String password, String givenName, String familyName) {
        organization.designateTiesFocalPoint(person(email, password, givenName, familyName));
        return this;
    }

    /** A delegate who is a Designated Focal Point for ITU-T, if the organization has none yet. */
    MemberFixture designatedFocalPoint(String email, String password, String givenName, String familyName) {
        Account dfp = person(email, password, givenName, familyName);
        if (em.createNamedQuery("DesignatedFocalPoint.ofOrganization", DesignatedFocalPoint.class)
                .setParameter("organization", organization).getResultList().isEmpty()) {
            em.persist(new DesignatedFocalPoint(organization, Sector.ITU_T, dfp, Instant.now()));
        }
        return this;
    }

    /**
     * A newcomer of that name asking to be affiliated, with TIES access; earlier runs' waiting
     * requests are withdrawn, so that the focal point's queue holds this one only.
     */
    MemberFixture theOnlyWaitingRequestFrom(String givenName, String familyName) {
        em.createQuery("select a from Affiliation a where a.organization = :o and a.state = :requested",
                        Affiliation.class)
                .setParameter("o", organization).setParameter("requested", AffiliationState.REQUESTED)
                .getResultList().forEach(a -> a.decide(AffiliationState.REMOVED, a.getAccount(), "Withdrawn",
                        Instant.now()));
        Account requester = new Account(TestData.uniqueEmail(familyName.toLowerCase()), "not-a-usable-hash",
                givenName, familyName, Instant.now());
        requester.activate();
        em.persist(requester);
        Affiliation request = new Affiliation(requester, organization, Instant.now());
        request.requestTiesAccess(Instant.now());
        em.persist(request);
        return this;
    }

    private Account person(String email, String password, String givenName, String familyName) {
        return TestData.approvedPerson(em, consents, organization, email, password, givenName, familyName);
    }
}
