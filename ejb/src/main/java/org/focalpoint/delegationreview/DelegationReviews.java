package org.focalpoint.delegationreview;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.RunAction;
import org.focalpoint.nightly.RunNotification;
import org.focalpoint.nightly.RunPartition;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.focalpoint.persistence.NativeValues.day;
import static org.focalpoint.persistence.NativeValues.number;

/**
 * The delegation review (docs/domain.md, "Delegation review": the member keeps responsibility, so
 * each Designated Focal Point periodically receives the organization's TIES users with their upcoming
 * registrations). A run walks the seats a page at a time and reviews each due one in a transaction
 * of its own: its record in the run, the "sent" row that makes the next one due a period later, and
 * the mail, which leaves after that commit. A restarted run skips the seats it already reviewed; a
 * dry run records only what it would send.
 */
@Stateless
public class DelegationReviews {

    private static final int PAGE = 1000;

    private static final String STANDING = "r.state in ('PENDING_APPROVAL', 'APPROVED', 'AUTO_APPROVED')";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /**
     * Up to {@code limit} seats after {@code afterSeat}, by id, that run {@code runId} has not reviewed yet:
     * those of active members whose Designated Focal Point has an active account, each with its last review.
     */
    public List<ReviewSeat> seats(long runId, long afterSeat, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, d.organization_id, d.sector, d.account_id,"
                        + " (select max(v.sent_on) from delegation_review v"
                        + " where v.organization_id = d.organization_id and v.sector = d.sector)"
                        + " from designated_focal_point d"
                        + " join organization o on o.id = d.organization_id"
                        + " join account a on a.id = d.account_id"
                        + " where d.id > ?1 and o.active = true and a.state = 'ACTIVE'"
                        + " and not exists (select 1 from run_action x where x.run_id = ?2 and x.action = 'REVIEW_SENT'"
                        + " and x.organization_id = d.organization_id and x.sector = d.sector)"
                        + " order by d.id")
                .setParameter(1, afterSeat)
                .setParameter(2, runId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> new ReviewSeat(number(row[0]), number(row[1]), Sector.valueOf((String) row[2]),
                number(row[3]), day(row[4]))).toList();
    }

    /** The run's progress: how many reviews it has to send, counted once, before the first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void plan(long runId, long due) {
        if (em.find(RunPartition.class, new RunPartition.Key(runId, 0)) == null) {
            em.persist(new RunPartition(runId, 0, 0, Long.MAX_VALUE, due));
        }
    }

    /** Reviews one seat: reads its lines a page at a time into the CSV, records it and (unless dry) mails it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void review(long runId, boolean dryRun, ReviewSeat seat, ReviewPeriod period, LocalDate today) {
        Organization organization = em.find(Organization.class, seat.organizationId());
        Account focalPoint = em.find(Account.class, seat.accountId());
        ReviewSheet sheet = new ReviewSheet();
        long afterAffiliation = 0;
        long afterRegistration = 0;
        List<ReviewLine> page;
        do {
            page = lines(seat, today, afterAffiliation, afterRegistration);
            for (ReviewLine line : page) {
                sheet.add(line);
                afterAffiliation = line.affiliationId();
                afterRegistration = line.registrationId() == null ? 0 : line.registrationId();
            }
        } while (page.size() == PAGE);
        OutgoingMail mail = DelegationReviewMail.toFocalPoint(focalPoint, organization, seat.sector(), sheet, today,
                period, links.page("dfp/delegation.xhtml", "organization", String.valueOf(organization.getId()))
                        + "&sector=" + seat.sector().name());
        em.persist(RunAction.onReview(runId, organization.getId(), seat.sector(), focalPoint.getId(),
                sheet.users() + " TIES users, " + sheet.registrations() + " upcoming registrations, to "
                        + focalPoint.getEmail()));
        if (!dryRun) {
            em.persist(new DelegationReview(seat, runId, today, sheet.users(), sheet.registrations(), clock.instant()));
            em.persist(new RunNotification(runId, seat.subjectKey(), mail, clock.instant()));
            mailer.send(mail);
        }
        em.find(RunPartition.class, new RunPartition.Key(runId, 0)).progressed(1);
    }

    /**
     * A page of the member's TIES users (active account, approved affiliation, TIES granted), each with
     * their standing registrations to the sector's events that have not ended, or alone when they have
     * none; after the line (affiliation, registration) last read.
     */
    private List<ReviewLine> lines(ReviewSeat seat, LocalDate today, long afterAffiliation, long afterRegistration) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select af.id, ac.given_name, ac.family_name, ac.email,"
                        + " r.id, e.title, e.starts_on, e.ends_on, r.state"
                        + " from affiliation af"
                        + " join account ac on ac.id = af.account_id"
                        + " join ties_access t on t.affiliation_id = af.id"
                        + " left join registration r on r.affiliation_id = af.id and " + STANDING
                        + " and r.event_id in (select u.id from event u where u.sector = ?2 and u.ends_on >= ?3)"
                        + " left join event e on e.id = r.event_id"
                        + " where af.organization_id = ?1 and af.state = 'APPROVED' and ac.state = 'ACTIVE'"
                        + " and t.state = 'GRANTED'"
                        + " and (af.id > ?4 or (af.id = ?4 and coalesce(r.id, 0) > ?5))"
                        + " order by af.id, r.id")
                .setParameter(1, seat.organizationId())
                .setParameter(2, seat.sector().name())
                .setParameter(3, Date.valueOf(today))
                .setParameter(4, afterAffiliation)
                .setParameter(5, afterRegistration)
                .setMaxResults(PAGE)
                .getResultList();
        return rows.stream().map(row -> new ReviewLine(number(row[0]), (String) row[1], (String) row[2],
                (String) row[3], row[4] == null ? null : number(row[4]), (String) row[5], day(row[6]), day(row[7]),
                row[8] == null ? null : RegistrationState.valueOf((String) row[8]))).toList();
    }
}
