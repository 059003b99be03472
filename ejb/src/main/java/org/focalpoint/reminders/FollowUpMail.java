package org.focalpoint.reminders;

import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Dates;

import java.time.Instant;
import java.util.List;

/** What a focal point reads when reminded, and what the secretariat reads when requests come to it. */
final class FollowUpMail {

    /** A long list would drown the mail; the queue pages have them all. */
    static final int LINES = 200;


    /** The requests of one queue the focal point is reminded of, and where they decide them. */
    record Queue(String name, List<String> lines, String link) {
    }

    private FollowUpMail() {
    }

    static String line(WaitingRequest request) {
        return request.personName() + " <" + request.email() + ">: " + request.what() + ", waiting since "
                + Dates.ENGLISH.brief(request.since());
    }

    static OutgoingMail reminder(String email, String fullName, List<Queue> queues, FollowUpRule rule) {
        int count = queues.stream().mapToInt(q -> q.lines().size()).sum();
        StringBuilder body = new StringBuilder("Dear ").append(fullName).append(",\n\n")
                .append(count == 1 ? "This request has" : "These requests have")
                .append(" waited for your decision for more than ").append(rule.remindAfterDays())
                .append(" days. Please approve or reject ").append(count == 1 ? "it" : "them")
                .append(": after ").append(rule.escalateAfterDays()).append(" days of waiting, ")
                .append(count == 1 ? "it goes" : "they go")
                .append(" to the ITU secretariat, who may decide in your place.\n");
        for (Queue queue : queues) {
            body.append("\n").append(queue.name()).append(":\n");
            queue.lines().stream().limit(LINES).forEach(line -> body.append("- ").append(line).append("\n"));
            if (queue.lines().size() > LINES) {
                body.append("- and ").append(queue.lines().size() - LINES).append(" more\n");
            }
            body.append("Decide them: ").append(queue.link()).append("\n");
        }
        return new OutgoingMail(email, "Reminder: " + count + (count == 1 ? " request has" : " requests have")
                + " waited more than " + rule.remindAfterDays() + " days for your decision",
                body.append("\nFocalPoint\n").toString());
    }

    /** One line of the secretariat's mail: the organization, who asks what since when, and where to decide it. */
    record Escalation(String organization, String detail, String link) {
    }

    static OutgoingMail escalation(String email, String fullName, List<Escalation> shown, long count,
                                   FollowUpRule rule, String organizations) {
        StringBuilder body = new StringBuilder("Dear ").append(fullName).append(",\n\n")
                .append("Last night ").append(count).append(count == 1 ? " request" : " requests")
                .append(" came to the secretariat: ").append(count == 1 ? "it has" : "they have")
                .append(" waited on the organization's focal point for more than ").append(rule.escalateAfterDays())
                .append(" days, or for more than ").append(rule.remindAfterDays())
                .append(" days with no focal point to decide. As ITU Focal Point, you may decide them.\n\n");
        for (Escalation escalation : shown) {
            body.append("- ").append(escalation.organization()).append(": ").append(escalation.detail())
                    .append("\n  ").append(escalation.link()).append("\n");
        }
        if (count > shown.size()) {
            body.append("- and ").append(count - shown.size()).append(" more\n");
        }
        body.append("\nOrganizations with requests waiting: ").append(organizations).append("\n\nFocalPoint\n");
        return new OutgoingMail(email, count + (count == 1 ? " request" : " requests")
                + " waiting too long on focal points passed to the secretariat", body.toString());
    }
}
