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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * caller's transaction, at a fraction of the cost of a native query's generic conversions. What
     * many rows share (the coming events, the members' opt-ins and Designated Focal Points) is read
     * once a page, in small queries, instead of on each of its hundred thousand rows.
     */
    public List<Candidate> candidates(long from, long afterRegistration, long through, LocalDate today) {
        try (Connection connection = database.getConnection()) {
            forLargeReads(connection);
            Page page = new Page(comingEvents(connection, today), optIns(connection, from, through),
                    designatedFocalPoints(connection, from, through));
            return candidates(connection, page, from, afterRegistration, through, today);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Candidate> candidates(Connection connection, Page page, long from, long afterRegistration,
                                              long through, LocalDate today) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select r.id, r.version, r.state,"
                + " af.organization_id, r.account_id, ac.state, af.state, t.state, r.event_id"
                + " from registration r"
                + " join affiliation af on af.id = r.affiliation_id"
                + " join account ac on ac.id = r.account_id"
                + " join event e on e.id = r.event_id"
                + " left join ties_access t on t.affiliation_id = af.id"
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
                    page.candidate(rows).ifPresent(candidates::add);
                }
            }
            return candidates;
        }
    }

    private static Map<Long, ComingEvent> comingEvents(Connection connection, LocalDate today) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, sector, kind, approval_required from event where ends_on >= ?")) {
            query.setObject(1, today);
            Map<Long, ComingEvent> events = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.put(rows.getLong(1), new ComingEvent(Sector.valueOf(rows.getString(2)),
                            EventKind.valueOf(rows.getString(3)), rows.getBoolean(4)));
                }
            }
            return events;
        }
    }

    private static Map<MemberSector, OptInStanding> optIns(Connection connection, long from, long through)
            throws SQLException {
        return bySector(connection, "select organization_id, sector, opted_in, effective_on, lapses_on from opt_in_setting",
                from, through, (row, sector) -> new OptInStanding(sector, row.getBoolean(3),
                        row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class)));
    }

    private static Map<MemberSector, Long> designatedFocalPoints(Connection connection, long from, long through)
            throws SQLException {
        return bySector(connection, "select organization_id, sector, account_id from designated_focal_point",
                from, through, (row, sector) -> row.getLong(3));
    }

    /**
     * What {@code select} (organization and sector first) reads for each member and sector among the
     * organizations from {@code from} through {@code through}.
     */
    private static <V> Map<MemberSector, V> bySector(Connection connection, String select, long from, long through,
                                                    SectorValue<V> value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(select + " where organization_id between ? and ?")) {
            query.setLong(1, from);
            query.setLong(2, through);
            Map<MemberSector, V> values = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Sector sector = Sector.valueOf(rows.getString(2));
                    values.put(new MemberSector(rows.getLong(1), sector), value.of(rows, sector));
                }
            }
            return values;
        }
    }

    /** The value a row holds for a member's sector. */
    private interface SectorValue<V> {
        V of(ResultSet row, Sector sector) throws SQLException;
    }

    /**
     * Settings for a page's query, for the rest of the chunk's transaction, on PostgreSQL. No parallel
     * plan: the partitions read at once and keep every core busy, and a parallel plan would only add
     * processes to share the same cores, each hashing the same tables again (twice the database's work
     * on the benchmark). Memory enough to sort a page in place: a page of the benchmark's data is
     * about 25 MB, which the default 4 MB sorts on disk.
     */
    private static void forLargeReads(Connection connection) throws SQLException {
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement setting = connection.createStatement()) {
                setting.execute("set local max_parallel_workers_per_gather = 0");
                setting.execute("set local work_mem = '64MB'");
            }
        }
    }

    /** What a page's registrations share, read once for the page. */
    private record Page(Map<Long, ComingEvent> events, Map<MemberSector, OptInStanding> optIns,
                        Map<MemberSector, Long> designatedFocalPoints) {

        /**
         * The candidate a row is; none for a registration to an event created after the page's events
         * were read, which the next night compares like any registration made after the reading.
         */
        Optional<Candidate> candidate(ResultSet row) throws SQLException {
            ComingEvent event = events.get(row.getLong(9));
            if (event == null) {
                return Optional.empty();
            }
            long organizationId = row.getLong(4);
            long accountId = row.getLong(5);
            MemberSector memberSector = new MemberSector(organizationId, event.sector());
            String tiesState = row.getString(8);
            Long designatedFocalPoint = designatedFocalPoints.get(memberSector);
            return Optional.of(new Candidate(row.getLong(1), row.getLong(2), RegistrationState.valueOf(row.getString(3)),
                    organizationId, accountId, AccountState.valueOf(row.getString(6)),
                    AffiliationState.valueOf(row.getString(7)), tiesState == null ? null : TiesState.valueOf(tiesState),
                    row.getLong(9), event.sector(), event.kind(), event.approvalRequired(),
                    designatedFocalPoint != null && designatedFocalPoint == accountId, optIns.get(memberSector)));
        }
    }

    /** What the comparison needs of an event. */
    private record ComingEvent(Sector sector, EventKind kind, boolean approvalRequired) {
    }

    /** A member in one sector: what an opt-in and a Designated Focal Point are for. */
    private record MemberSector(long organizationId, Sector sector) {
    }

    /** How many standing registrations an organization has to compare. */
    public record Workload(long organizationId, long registrations) {
    }
}
