package org.focalpoint.reminders;

import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpMailTest {

    private static final FollowUpRule RULE = new FollowUpRule(7, 14);

    @Test
    void aReminderListsEachQueueWithItsLinkAndSaysWhenTheSecretariatTakesOver() {
        String kenji = FollowUpMail.line(new WaitingRequest(RequestKind.AFFILIATION, 1, "Kenji Sato",
                "kenji@example.org", "Affiliation and TIES access", null, Instant.parse("2026-11-14T09:00:00Z")));
        String tom = FollowUpMail.line(new WaitingRequest(RequestKind.REGISTRATION, 2, "Tom Keller",
                "tom@example.org", "registration for SG17 (2027-01-12)", Sector.ITU_T,
                Instant.parse("2026-11-13T10:00:00Z")));
        OutgoingMail mail = FollowUpMail.reminder("marco@example.org", "Marco Rossi", List.of(
                new FollowUpMail.Queue("Acme, as TIES Focal Point", List.of(kenji), "http://x/focalpoints/queue"),
                new FollowUpMail.Queue("Acme, ITU-T registrations", List.of(tom), "http://x/dfp/queue")), RULE);
        assertEquals("marco@example.org", mail.to());
        assertEquals("Reminder: 2 requests have waited more than 7 days for your decision", mail.subject());
        assertTrue(mail.body().contains("- Kenji Sato <kenji@example.org>: Affiliation and TIES access,"
                + " waiting since 14 Nov 2026, 09:00 UTC\nDecide them: http://x/focalpoints/queue"), mail.body());
        assertTrue(mail.body().contains("Tom Keller <tom@example.org>: registration for SG17 (2027-01-12)"));
        assertTrue(mail.body().contains("after 14 days of waiting, they go to the ITU secretariat"), mail.body());
    }

    @Test
    void theSecretariatReadsEachOrganizationAndHowManyMoreThanShown() {
        List<FollowUpMail.Escalation> shown = Collections.nCopies(2, new FollowUpMail.Escalation("Acme",
                "Kenji Sato <kenji@example.org>: TIES access, waiting since 1 Nov 2026, 09:00 UTC; no TIES Focal Point"
                        + " designated", "http://x/focalpoints/queue.xhtml?organization=5"));
        OutgoingMail mail = FollowUpMail.escalation("elena@example.org", "Elena Petrova", shown, 5, RULE,
                "http://x/staff/organizations.xhtml");
        assertEquals("5 requests waiting too long on focal points passed to the secretariat", mail.subject());
        assertTrue(mail.body().contains("- Acme: Kenji Sato <kenji@example.org>: TIES access, waiting since"
                + " 1 Nov 2026, 09:00 UTC; no TIES Focal Point designated\n"
                + "  http://x/focalpoints/queue.xhtml?organization=5\n"), mail.body());
        assertTrue(mail.body().contains("- and 3 more\n"), mail.body());
        assertTrue(mail.body().contains("more than 14 days, or for more than 7 days with no focal point"),
                mail.body());
        assertTrue(mail.body().contains("Organizations with requests waiting: http://x/staff/organizations.xhtml"));
    }
}
