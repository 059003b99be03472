package org.focalpoint.mailbox;

import org.focalpoint.mailbox.reading.Acknowledgement;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Dates;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The answer to the sender of a request, once staff have decided: it quotes what they wrote, says
 * what was done or why not, and carries the reference by which a reply to it is recognised
 * ({@link Acknowledgement}).
 */
final class MailboxAcknowledgement {

    private static final int QUOTED_LINES = 40;

    private MailboxAcknowledgement() {
    }

    static OutgoingMail confirmed(MailboxItem item, String organization, RequestKind kind, Sector sector,
                                  LocalDate effectiveOn, String studyPeriodEnd) {
        String done = kind == RequestKind.OPT_IN
                ? organization + " is now opted in to automatic approval of registrations for " + sector.label()
                + " statutory events, from " + Dates.ENGLISH.day(effectiveOn) + " until it opts out or the study period ends ("
                + studyPeriodEnd + "). Registrations by its delegates with TIES access are approved at once."
                : organization + " is now opted out of automatic approval of registrations for " + sector.label()
                + " statutory events, from " + Dates.ENGLISH.day(effectiveOn)
                + ". Its delegates' registrations wait again for its Designated Focal Point.";
        return mail(item, "carried out", "The secretariat has carried out your request.\n" + done);
    }

    static OutgoingMail rejected(MailboxItem item, String reason) {
        return mail(item, "not carried out", "The secretariat has not carried out this request, for this reason:\n"
                + reason + "\nIf this is a mistake, please write again, quoting the reference below.");
    }

    private static OutgoingMail mail(MailboxItem item, String outcome, String what) {
        String reference = Acknowledgement.reference(item.getId());
        String body = "Dear " + (item.getSignatoryName() != null ? item.getSignatoryName()
                : item.getSenderName() != null ? item.getSenderName() : "Sir or Madam") + ",\n\n"
                + "you wrote to the Director of the Telecommunication Standardization Bureau on "
                + Dates.ENGLISH.day(item.getReceivedAt().atZone(ZoneOffset.UTC)) + ":\n\n"
                + quoted(item) + "\n\n" + what + "\n\n"
                + "Reference: " + reference + " (please quote it in any reply).\n\n"
                + "FocalPoint, for the Telecommunication Standardization Bureau\n";
        return new OutgoingMail(item.getSender(), Acknowledgement.subject(item.getId(),
                "Your request on automatic approval of registrations: " + outcome), body);
    }

    /** Their words, as a reply quotes them: the subject, then the text's first lines. */
    private static String quoted(MailboxItem item) {
        String subject = "> Subject: " + (item.getSubject() == null ? "" : item.getSubject());
        if (item.getTextBody() == null || item.getTextBody().isBlank()) {
            return subject;
        }
        String[] lines = item.getTextBody().strip().split("\\R");
        String text = Arrays.stream(lines).limit(QUOTED_LINES).map(line -> line.isEmpty() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
        return subject + "\n>\n" + text + (lines.length > QUOTED_LINES ? "\n> […]" : "");
    }
}
