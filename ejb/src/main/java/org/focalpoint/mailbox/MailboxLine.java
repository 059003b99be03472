package org.focalpoint.mailbox;

import org.focalpoint.mailbox.reading.Confidence;
import org.focalpoint.mailbox.reading.UnreadableReason;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One message in the review queue's list, written for a reader's language by its methods.
 * {@code flagged}: the sender is not a focal point of the organization; {@code attachments}: how
 * many the message carries (they are not read).
 */
public record MailboxLine(Long id, Instant receivedAt, String sender, String subject, MailboxItemState state,
                          UnreadableReason unreadableReason, RequestKind requestKind, Sector sector,
                          String organization, String organizationAsWritten, Confidence confidence,
                          SenderStanding standing, boolean flagged, int attachments)
        implements Serializable {

    private static final Words LABELS = new Words(Words.LABELS);

    static MailboxLine of(MailboxItem item) {
        return new MailboxLine(item.getId(), item.getReceivedAt(), item.getSender(), item.getSubject(), item.getState(),
                item.getUnreadableReason(), item.getRequestKind(), item.getSector(),
                item.getOrganization() == null ? null : item.getOrganization().getName(),
                item.getOrganizationAsWritten(), item.getConfidence(), item.getSenderStanding(),
                !item.getSenderStanding().speaksForOrganization(), item.getAttachmentCount());
    }

    public String sender(Locale locale) {
        return sender == null ? LABELS.text(locale, "mailbox-line.no-sender") : sender;
    }

    public String request(Locale locale) {
        if (requestKind == null) {
            return LABELS.text(locale, "mailbox-line.none");
        }
        return sector == null ? requestKind.label(locale)
                : LABELS.text(locale, "mailbox-line.request-for-sector", requestKind, sector);
    }

    public String organization(Locale locale) {
        if (organization != null) {
            return organization;
        }
        return organizationAsWritten == null ? LABELS.text(locale, "mailbox-line.none")
                : LABELS.text(locale, "mailbox-line.not-matched", organizationAsWritten);
    }

    public String state(Locale locale) {
        return state == MailboxItemState.UNREADABLE && unreadableReason != null
                ? LABELS.text(locale, "mailbox-line.unreadable-because", state, unreadableReason)
                : state.label(locale);
    }
}
