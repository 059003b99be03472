package org.focalpoint.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.optin.OptInStanding;
import org.focalpoint.organizations.Sector;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.focalpoint.persistence.NativeValues.day;
import static org.focalpoint.persistence.NativeValues.number;

/**
 * Reads what the reconciliation compares, straight from the tables: a run reads every standing
 * registration to a coming event, so it reads plain columns in pages rather than entities.
 */
@Stateless
public class DelegationLists {

    private static final String STANDING = "r.state in ('PENDING_APPROVAL', 'APPROVED', 'AUTO_APPROVED')";

    @PersistenceContext
    private EntityManager em;

    /** Organizations with standing registrations to events ending on or after {@code today}, and how many each. */
    public List<Workload> workloads(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select af.organization_id, count(*) from registration r"
                        + " join affiliation af on af.id = r.affiliation_id"
                        + " join event e on e.id = r.event_id"
                        + " where e.ends_on >= ?1 and " + STANDING
                        + " group by af.organization_id order by af.organization_id")
                .setParameter(1, Date.valueOf(today))
                .getResultList();
        return rows.stream().map(row -> new Workload(number(row[0]), number(row[1]))).toList();
    }

    /** The next organization after {@code after}, up to {@code last}, or null. */
    public Long organizationAfter(long after, long last) {
        Object next = em.createNativeQuery("select min(id) from organization where id > ?1 and id <= ?2")
                .setParameter(1, after)
                .setParameter(2, last)
                .getSingleResult();
        return next == null ? null : number(next);
    }

    /** Up to {@code limit} of an organization's standing registrations after {@code afterRegistration}, by id. */
    public List<Candidate> candidates(long organizationId, long afterRegistration, LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.version, r.state, af.organization_id,"
                        + " r.account_id, ac.state, af.state, t.state, r.event_id, e.sector, e.kind,"
                        + " e.approval_required, d.id, o.opted_in, o.effective_on, o.lapses_on"
                        + " from registration r"
                        + " join affiliation af on af.id = r.affiliation_id"
                        + " join account ac on ac.id = r.account_id"
                        + " join event e on e.id = r.event_id"
                        + " left join ties_access t on t.affiliation_id = af.id"
                        + " left join designated_focal_point d on d.organization_id = af.organization_id"
                        + " and d.sector = e.sector and d.account_id = r.account_id"
                        + " left join opt_in_setting o on o.organization_id = af.organization_id and o.sector = e.sector"
                        + " where af.organization_id = ?1 and r.id > ?2 and e.ends_on >= ?3 and " + STANDING
                        + " order by r.id")
                .setParameter(1, organizationId)
                .setParameter(2, afterRegistration)
                .setParameter(3, Date.valueOf(today))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(DelegationLists::candidate).toList();
    }

    private static Candidate candidate(Object[] row) {
        Sector sector = Sector.valueOf((String) row[9]);
        OptInStanding optIn = row[13] == null ? null
                : new OptInStanding(sector, (Boolean) row[13], day(row[14]), day(row[15]));
        return new Candidate(number(row[0]), number(row[1]), RegistrationState.valueOf((String) row[2]),
                number(row[3]), number(row[4]), AccountState.valueOf((String) row[5]),
                AffiliationState.valueOf((String) row[6]), row[7] == null ? null : TiesState.valueOf((String) row[7]),
                number(row[8]), sector, EventKind.valueOf((String) row[10]), (Boolean) row[11], row[12] != null,
                optIn);
    }

    /** How many standing registrations an organization has to compare. */
    public record Workload(long organizationId, long registrations) {
    }
}
