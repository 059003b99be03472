package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.delegationreview.DelegationReview;
import org.focalpoint.events.Event;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.JobLauncher;
import org.focalpoint.nightly.JobRun;
import org.focalpoint.nightly.JobRunState;
import org.focalpoint.nightly.JobRuns;
import org.focalpoint.nightly.NightlyJob;
import org.focalpoint.nightly.RunAction;
import org.focalpoint.nightly.RunActionKind;
import org.focalpoint.nightly.RunSummary;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The delegation review from crafted members: each Designated Focal Point receives one mail listing
 * exactly its own organization's TIES users with their upcoming registrations, in an attached CSV;
 * a dry run sends nothing and reports what the real run then does; a second run the same night
 * sends nothing; a run stopped half-way and restarted sends each review once. A first run settles
 * what earlier tests left, so that the runs under test meet only the crafted members.
 */
@ExtendWith(ArquillianExtension.class)
class DelegationReviewIT {

    private static final String HEADER = "Given name,Family name,E-mail,Event,Starts on,Ends on,Registration";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    JobLauncher launcher;

    @Inject
    JobRuns runs;

    private NightlyRunner nightly;

    @BeforeEach
    void runner() {
        nightly = new NightlyRunner(launcher, runs, em, tx);
    }

    /** A member in ITU-T with its Designated Focal Point (no TIES access of their own), and two study groups. */
    private final class Member {
        final Organization organization;
        final Account dfp;
        final Event coming;
        final Event ended;

        Member() throws Exception {
            tx.begin();
            organization = TestData.member(em);
            dfp = person(false);
            em.persist(new DesignatedFocalPoint(organization, Sector.ITU_T, dfp, Instant.now()));
            coming = TestData.studyGroupEnding(em, LocalDate.now().plusDays(30));
            ended = TestData.studyGroupEnding(em, LocalDate.now().minusDays(1));
            tx.commit();
        }

        /** A person of the member, with TIES access granted or not, registered to each event in that state. */
        Account person(boolean ties, Map<Event, RegistrationState> registrations) throws Exception {
            tx.begin();
            Account account = person(ties);
            Affiliation affiliation = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                    .setParameter("account", account).getResultList().get(0);
            registrations.forEach((event, state) ->
                    TestData.registration(em, em.find(Event.class, event.getId()), affiliation, state));
            tx.commit();
            return account;
        }

        private Account person(boolean ties) {
            Account account = TestData.activeAccount(em, TestData.uniqueEmail("delegate"));
            Affiliation affiliation = new Affiliation(account, em.find(Organization.class, organization.getId()),
                    Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            em.persist(affiliation);
            if (ties) {
                em.persist(affiliation.requestTiesAccess(Instant.now()));
                affiliation.getTiesAccess().decide(TiesState.GRANTED, null, null, Instant.now());
            }
            return account;
        }

        /** The line of the review's CSV for a TIES user and a registration to {@code event}, or none (null). */
        String line(Account account, Event event, RegistrationState state) {
            String person = String.join(",", account.getGivenName(), account.getFamilyName(), account.getEmail());
            return event == null ? person + ",,,,"
                    : String.join(",", person, event.getTitle(), event.getStartsOn().toString(),
                    event.getEndsOn().toString(), state.label(Words.ENGLISH));
        }
    }

    @Test
    void eachFocalPointReceivesItsOwnMembersTiesUsersOnceAfterADryRunThatReportedTheSame() throws Exception {
        nightly.settle(NightlyJob.DELEGATION_REVIEW);
        Member member = new Member();
        Account registered = member.person(true, Map.of(member.coming, RegistrationState.AUTO_APPROVED));
        Account pastOnly = member.person(true, Map.of(member.ended, RegistrationState.APPROVED));
        Account withoutTies = member.person(false, Map.of(member.coming, RegistrationState.PENDING_APPROVAL));
        Member other = new Member();
        Account otherDelegate = other.person(true, Map.of(other.coming, RegistrationState.PENDING_APPROVAL));

        RunSummary dry = nightly.finished(launcher.start(nightly.staff(), NightlyJob.DELEGATION_REVIEW, true));
        assertEquals(Map.of(RunActionKind.REVIEW_SENT, 2L), dry.actions(), "the two crafted members only");
        assertEquals(0, dry.notifications());
        assertTrue(Mailbox.of(member.dfp.getEmail()).isEmpty(), "a dry run mails no one");
        assertTrue(Mailbox.of(other.dfp.getEmail()).isEmpty());
        assertTrue(reviewsOf(member).isEmpty(), "nor records a review as sent");

        RunSummary real = nightly.finished(launcher.start(nightly.staff(), NightlyJob.DELEGATION_REVIEW, false));
        assertEquals(nightly.actions(dry.run()), nightly.actions(real.run()), "the dry run reported what the real run did");
        assertEquals(Map.of(RunActionKind.REVIEW_SENT, 2L), real.actions());
        assertEquals(2, real.notifications());
        assertEquals(2, real.total());
        assertEquals(real.total(), real.done(), "every review due was sent");

        Mailbox.Mail review = Mailbox.await(member.dfp.getEmail(), "delegation review for ITU-T");
        assertEquals(1, Mailbox.of(member.dfp.getEmail()).size(), "one review for the member and sector");
        assertTrue(review.body().contains("2 TIES users today, with 1 registration to upcoming ITU-T events"),
                review.body());
        assertTrue(review.body().contains("/dfp/delegation.xhtml?organization=" + member.organization.getId()),
                review.body());
        assertEquals(Set.of(member.line(registered, member.coming, RegistrationState.AUTO_APPROVED),
                        member.line(pastOnly, null, null)), csvLines(review),
                "the TIES users, each with their upcoming registrations");
        assertTrue(csvLines(review).stream().noneMatch(line -> line.contains(withoutTies.getEmail())));

        Mailbox.Mail otherReview = Mailbox.await(other.dfp.getEmail(), "delegation review for ITU-T");
        assertEquals(Set.of(other.line(otherDelegate, other.coming, RegistrationState.PENDING_APPROVAL)),
                csvLines(otherReview), "another member's focal point reads only its own people");

        List<DelegationReview> sent = reviewsOf(member);
        assertEquals(1, sent.size());
        assertEquals(real.run().getId(), sent.get(0).getRunId());
        assertEquals(member.dfp.getId(), sent.get(0).getAccountId());
        assertEquals(2, sent.get(0).getTiesUsers());
        assertEquals(1, sent.get(0).getRegistrations());

        RunSummary again = nightly.finished(launcher.start(nightly.staff(), NightlyJob.DELEGATION_REVIEW, false));
        assertTrue(again.actions().isEmpty(), "reviewed tonight: not due again: " + again.actions());
        assertEquals(0, again.notifications());
        assertEquals(1, Mailbox.of(member.dfp.getEmail()).size());
        assertEquals(1, Mailbox.of(other.dfp.getEmail()).size());
    }

    @Test
    void aRunStoppedHalfWayAndRestartedSendsEachReviewOnce() throws Exception {
        nightly.settle(NightlyJob.DELEGATION_REVIEW);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            members.add(new Member());
        }
        JobRun run = launcher.start(nightly.staff(), NightlyJob.DELEGATION_REVIEW, false);
        Polling.until(() -> runs.summary(nightly.staff(), run.getId()), s -> s.count(RunActionKind.REVIEW_SENT) >= 5,
                Duration.ofMillis(20), NightlyRunner.PATIENCE, "the run to send some reviews");
        launcher.stop(nightly.staff(), run.getId());
        RunSummary stopped = nightly.ended(run);
        assertEquals(JobRunState.STOPPED, stopped.run().getState());
        assertTrue(stopped.done() > 0 && stopped.done() < members.size(), "stopped half-way: " + stopped.done());

        RunSummary restarted = nightly.finished(launcher.restart(nightly.staff(), run.getId()));
        assertEquals(members.size(), restarted.count(RunActionKind.REVIEW_SENT));
        assertEquals(members.size(), restarted.notifications());
        assertEquals(restarted.total(), restarted.done());
        List<List<Mailbox.Mail>> inboxes = Mailbox.ofEach(members.stream().map(m -> m.dfp.getEmail()).toList());
        for (int i = 0; i < members.size(); i++) {
            assertEquals(1, reviewsOf(members.get(i)).size(), "recorded once");
            assertEquals(1, inboxes.get(i).size(), "mailed once");
        }
    }

    /** The reviews recorded as sent for the member. */
    private List<DelegationReview> reviewsOf(Member member) {
        return em.createQuery("select v from DelegationReview v where v.organizationId = :organization",
                        DelegationReview.class)
                .setParameter("organization", member.organization.getId())
                .getResultList();
    }

    /** The attachment's lines under its header: a UTF-8 CSV with a byte order mark and CRLF line ends. */
    private static Set<String> csvLines(Mailbox.Mail mail) {
        assertEquals(1, mail.attachments().size(), "one file attached");
        Mailbox.Attachment file = mail.attachments().get(0);
        assertTrue(file.fileName().endsWith(".csv") && file.contentType().startsWith("text/csv"),
                file.fileName() + " " + file.contentType());
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\n"), text);
        return Arrays.stream(text.substring(1 + HEADER.length() + 2).split("\r\n"))
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toSet());
    }
}
