package org.focalpoint.reminders;

import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Dates;
import org.focalpoint.words.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a focal point reads when reminded, and what the secretariat reads when requests come to it. */
final class FollowUpMail {

    /** A long list would drown the mail; the queue pages have them all. */
    static final int LINES = 200;

    private static final MailTemplate REMINDER = new MailTemplate("follow-up-reminder");
    private static final MailTemplate ESCALATION = new MailTemplate("follow-up-escalation");


    /** The requests of one queue the focal point is reminded of, and where they decide them. */
    record Queue(String name, List<String> lines, String link) {
    }

    private FollowUpMail() {
    }

    /** One waiting request, in the reminder and in the run's record of it (which is in English). */
    static String line(WaitingRequest request) {
        return REMINDER.part(Words.ENGLISH, "request", Map.of("person", request.personName(),
                "email", request.email(), "what", request.what(), "since", Dates.ENGLISH.brief(request.since())));
    }

    static OutgoingMail reminder(String email, String fullName, List<Queue> queues, FollowUpRule rule) {
        Locale locale = Words.ENGLISH;
        String listed = queues.stream().map(queue -> REMINDER.part(locale, "queue", Map.of("queue", queue.name(),
                "lines", queue.lines().stream().limit(LINES)
                        .map(line -> REMINDER.part(locale, "line", Map.of("request", line)))
                        .collect(Collectors.joining()),
                "hidden", Math.max(0, queue.lines().size() - LINES), "link", queue.link())))
                .collect(Collectors.joining());
        return REMINDER.mail(locale, email, Map.of("name", fullName,
                "count", queues.stream().mapToInt(q -> q.lines().size()).sum(),
                "remindAfter", String.valueOf(rule.remindAfterDays()),
                "escalateAfter", String.valueOf(rule.escalateAfterDays()), "queues", listed));
    }

    /** One line of the secretariat's mail: the organization, who asks what since when, and where to decide it. */
    record Escalation(String organization, String detail, String link) {
    }

    static OutgoingMail escalation(String email, String fullName, List<Escalation> shown, long count,
                                   FollowUpRule rule, String organizations) {
        Locale locale = Words.ENGLISH;
        return ESCALATION.mail(locale, email, Map.of("name", fullName, "count", count,
                "remindAfter", String.valueOf(rule.remindAfterDays()),
                "escalateAfter", String.valueOf(rule.escalateAfterDays()),
                "lines", shown.stream().map(escalation -> ESCALATION.part(locale, "line", Map.of(
                        "organization", escalation.organization(), "detail", escalation.detail(),
                        "link", escalation.link()))).collect(Collectors.joining()),
                "hidden", Math.max(0, count - shown.size()), "organizations", organizations));
    }
}
