package org.focalpoint.mailbox;

import org.focalpoint.mailbox.reading.Requests;
import org.focalpoint.words.Words;

import java.io.Serializable;
import java.time.Instant;

/** One message in the review queue's list. {@code flagged}: the sender is not a focal point of the organization. */
public record MailboxLine(Long id, Instant receivedAt, String sender, String subject, String state, String request,
                          String organization, String confidence, String standing, boolean flagged)
        implements Serializable {

    static MailboxLine of(MailboxItem item) {
        String request = item.getRequestKind() == null ? "—"
                : Requests.label(item.getRequestKind()) + (item.getSector() == null ? "" : ", " + item.getSector().label(Words.ENGLISH));
        String organization = item.getOrganization() != null ? item.getOrganization().getName()
                : item.getOrganizationAsWritten() != null ? "“" + item.getOrganizationAsWritten() + "” (not matched)" : "—";
        String state = item.getState() == MailboxItemState.UNREADABLE && item.getUnreadableReason() != null
                ? item.getState().label(Words.ENGLISH) + ": " + item.getUnreadableReason().label(Words.ENGLISH) : item.getState().label(Words.ENGLISH);
        return new MailboxLine(item.getId(), item.getReceivedAt(), item.getSender() == null ? "(no sender)" : item.getSender(),
                item.getSubject(), state, request, organization, item.getConfidence().name(),
                item.getSenderStanding().label(Words.ENGLISH), !item.getSenderStanding().speaksForOrganization());
    }
}
