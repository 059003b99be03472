package org.focalpoint.mailbox;

import org.focalpoint.mailbox.reading.Acknowledgement;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The answer to the sender of a request, once staff have decided: it quotes what they wrote, says
 * what was done or why not, and carries the reference by which a reply to it is recognised
 * ({@link Acknowledgement}).
 */
final class MailboxAcknowledgement {

    private static final int QUOTED_LINES = 40;

    private static final MailTemplate MAIL = new MailTemplate("opt-in-acknowledgement");

    private MailboxAcknowledgement() {
    }

    static OutgoingMail confirmed(MailboxItem item, String organization, RequestKind kind, Sector sector,
                                  LocalDate effectiveOn, String studyPeriodEnd) {
        Map<String, Object> facts = facts(item);
        facts.put("decision", kind == RequestKind.OPT_IN ? "optedIn" : "optedOut");
        facts.put("organization", organization);
        facts.put("sector", sector);
        facts.put("effectiveOn", effectiveOn);
        facts.put("studyPeriodEnd", studyPeriodEnd);
        return mail(item, facts);
    }

    static OutgoingMail rejected(MailboxItem item, String reason) {
        Map<String, Object> facts = facts(item);
        facts.put("decision", "rejected");
        facts.put("reason", reason);
        return mail(item, facts);
    }

    private static Map<String, Object> facts(MailboxItem item) {
        String name = item.getSignatoryName() != null ? item.getSignatoryName() : item.getSenderName();
        Map<String, Object> facts = new HashMap<>();
        facts.put("named", name == null ? "no" : "yes");
        facts.put("name", name);
        facts.put("received", LocalDate.ofInstant(item.getReceivedAt(), ZoneOffset.UTC));
        facts.put("quoted", quoted(item));
        facts.put("reference", Acknowledgement.reference(item.getId()));
        return facts;
    }

    private static OutgoingMail mail(MailboxItem item, Map<String, Object> facts) {
        OutgoingMail mail = MAIL.mail(Words.ENGLISH, item.getSender(), facts);
        return new OutgoingMail(mail.to(), Acknowledgement.subject(item.getId(), mail.subject()), mail.body());
    }

    /** Their words, as a reply quotes them: the subject, then the text's first lines. */
    private static String quoted(MailboxItem item) {
        String subject = MAIL.part(Words.ENGLISH, "quoted-subject",
                Map.of("subject", item.getSubject() == null ? "" : item.getSubject()));
        if (item.getTextBody() == null || item.getTextBody().isBlank()) {
            return subject;
        }
        String[] lines = item.getTextBody().strip().split("\\R");
        String text = Arrays.stream(lines).limit(QUOTED_LINES).map(line -> line.isEmpty() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
        return subject + "\n>\n" + text + (lines.length > QUOTED_LINES ? "\n> […]" : "");
    }
}
