package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.Event;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.JobLauncher;
import org.focalpoint.nightly.JobRun;
import org.focalpoint.nightly.NightlyJob;
import org.focalpoint.optin.OptInSetting;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Test-only, for the reconciliation's crash test, which drives a server it kills over HTTP:
 * {@code POST /it/public/reconciliation/member?delegates=N&tag=T} creates a member opted in for
 * ITU-T with N delegates (TIES granted) waiting for approval to a coming study group, their
 * addresses T-0@example.org to T-(N-1)@example.org, and answers its id;
 * {@code POST .../run?chunk=C} starts a reconciliation as staff and answers the run id;
 * {@code GET .../run?id=R&organization=O} answers "state approved audited notified": the run's
 * state, the member's registrations approved automatically, the audit entries about them, and the
 * mails the run recorded for them.
 */
@WebServlet("/it/public/reconciliation/*")
public class ReconciliationCrashSupport extends HttpServlet {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private JobLauncher launcher;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (String.valueOf(request.getPathInfo())) {
            case "/member" -> member(Integer.parseInt(request.getParameter("delegates")), request.getParameter("tag"));
            case "/run" -> run(Integer.parseInt(request.getParameter("chunk")));
            default -> null;
        };
        answer(response, answer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, "/run".equals(request.getPathInfo())
                ? state(Long.parseLong(request.getParameter("id")), Long.parseLong(request.getParameter("organization")))
                : null);
    }

    private String member(int delegates, String tag) {
        try {
            tx.begin();
            Organization member = TestData.member(em);
            OptInSetting optIn = new OptInSetting(member, Sector.ITU_T);
            optIn.optIn(LocalDate.now().minusDays(10), LocalDate.of(2028, 12, 31));
            em.persist(optIn);
            Event event = TestData.studyGroupEnding(em, LocalDate.now().plusDays(20));
            for (int i = 0; i < delegates; i++) {
                Account account = TestData.activeAccount(em, tag + "-" + i + "@example.org");
                Affiliation affiliation = new Affiliation(account, member, Instant.now());
                affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
                em.persist(affiliation);
                em.persist(affiliation.requestTiesAccess(Instant.now()));
                affiliation.getTiesAccess().decide(TiesState.GRANTED, null, null, Instant.now());
                TestData.registration(em, event, affiliation, RegistrationState.PENDING_APPROVAL);
            }
            tx.commit();
            return member.getId().toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the member", e);
        }
    }

    private String run(int chunk) {
        try {
            tx.begin();
            Account staff = TestData.staff(em);
            tx.commit();
            JobRun run = launcher.start(staff, NightlyJob.RECONCILIATION, false, new JobLauncher.Tuning(chunk, 1));
            return run.getId().toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start a run", e);
        }
    }

    private String state(long run, long organization) {
        String state = (String) em.createNativeQuery("select state from job_run where id = ?1")
                .setParameter(1, run).getSingleResult();
        return state + " " + count("select count(*) from registration r join affiliation a on a.id = r.affiliation_id"
                + " where a.organization_id = ?1 and r.state = 'AUTO_APPROVED'", organization)
                + " " + count("select count(*) from audit_entry e join registration r on r.id = e.subject_id"
                + " join affiliation a on a.id = r.affiliation_id where e.subject_type = 'Registration'"
                + " and a.organization_id = ?1", organization)
                + " " + count("select count(*) from run_notification n join registration r"
                + " on n.notice_key = concat('delegate:registration:', cast(r.id as varchar(20)))"
                + " join affiliation a on a.id = r.affiliation_id where a.organization_id = ?1", organization);
    }

    private long count(String sql, long organization) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, organization).getSingleResult()).longValue();
    }

    private static void answer(HttpServletResponse response, String answer) throws IOException {
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
