package org.focalpoint.reconciliation;

import jakarta.annotation.Resource;
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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    @Resource(lookup = "java:jboss/datasources/FocalPointDS")
    private DataSource database;

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

    /**
     * The last of the first {@code organizations} organizations from {@code from} (itself included) up
     * to {@code last}, or null when there is none: where a page of the reading ends.
     */
    public Long throughOrganization(long from, long last, int organizations) {
        Object through = em.createNativeQuery("select max(id) from (select id from organization"
                        + " where id >= ?1 and id <= ?2 order by id fetch first " + organizations + " rows only) page")
                .setParameter(1, from)
                .setParameter(2, last)
                .getSingleResult();
        return through == null ? null : number(through);
    }

    /**
     * The standing registrations of the organizations from {@code from} through {@code through} that
     * come after registration {@code afterRegistration} of {@code from}, by organization and id. A page
     * of many organizations is one query the database answers by joining whole tables, several times
     * faster for a run than one organization at a time; and its rows are read with plain JDBC, in the
     * caller's transaction, at a fraction of the cost of a native query's generic conversions.
     */
    public List<Candidate> candidates(long from, long afterRegistration, long through, LocalDate today) {
        try (Connection connection = database.getConnection()) {
            withoutParallelPlans(connection);
            return candidates(connection, from, afterRegistration, through, today);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the delegation lists", e);
        }
    }

    private static List<Candidate> candidates(Connection connection, long from, long afterRegistration, long through,
                                              LocalDate today) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select r.id, r.version, r.state,"
                + " af.organization_id, r.account_id, ac.state, af.state, t.state, r.event_id, e.sector, e.kind,"
                + " e.approval_required, d.id, o.opted_in, o.effective_on, o.lapses_on"
                + " from registration r"
                + " join affiliation af on af.id = r.affiliation_id"
                + " join account ac on ac.id = r.account_id"
                + " join event e on e.id = r.event_id"
                + " left join ties_access t on t.affiliation_id = af.id"
                + " left join designated_focal_point d on d.organization_id = af.organization_id"
                + " and d.sector = e.sector and d.account_id = r.account_id"
                + " left join opt_in_setting o on o.organization_id = af.organization_id and o.sector = e.sector"
                + " where af.organization_id between ? and ? and (af.organization_id > ? or r.id > ?)"
                + " and e.ends_on >= ? and " + STANDING
                + " order by af.organization_id, r.id")) {
            query.setLong(1, from);
            query.setLong(2, through);
            query.setLong(3, from);
            query.setLong(4, afterRegistration);
            query.setObject(5, today);
            List<Candidate> candidates = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    candidates.add(candidate(rows));
                }
            }
            return candidates;
        }
    }

    /**
     * The partitions read at once and keep every core busy: a PostgreSQL parallel plan for a page
     * would only add processes to share the same cores, each hashing the same tables again (twice
     * the database's work on the benchmark). For the rest of the chunk's transaction only.
     */
    private static void withoutParallelPlans(Connection connection) throws SQLException {
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement setting = connection.createStatement()) {
                setting.execute("set local max_parallel_workers_per_gather = 0");
            }
        }
    }

    private static Candidate candidate(ResultSet row) throws SQLException {
        Sector sector = Sector.valueOf(row.getString(10));
        String tiesState = row.getString(8);
        row.getLong(13);
        boolean designatedFocalPoint = !row.wasNull();
        boolean optedIn = row.getBoolean(14);
        OptInStanding optIn = row.wasNull() ? null : new OptInStanding(sector, optedIn,
                row.getObject(15, LocalDate.class), row.getObject(16, LocalDate.class));
        return new Candidate(row.getLong(1), row.getLong(2), RegistrationState.valueOf(row.getString(3)),
                row.getLong(4), row.getLong(5), AccountState.valueOf(row.getString(6)),
                AffiliationState.valueOf(row.getString(7)), tiesState == null ? null : TiesState.valueOf(tiesState),
                row.getLong(9), sector, EventKind.valueOf(row.getString(11)), row.getBoolean(12),
                designatedFocalPoint, optIn);
    }

    /** How many standing registrations an organization has to compare. */
    public record Workload(long organizationId, long registrations) {
    }
}
