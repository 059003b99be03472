package org.focalpoint.mailbox.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One mail of the Director's mailbox, understood as far as it can be: what it asks
 * ({@link RequestReading}), for which registered organization ({@link OrganizationMatch}), how
 * sure that is and why, or why it cannot be read. This is what the review queue stores and
 * shows; nothing here applies anything.
 *
 * @param confidence the lowest of the request's and the organization's, lowered further for a
 *                   sender whose display name shows another address
 * @param reasons    the request's reasons, then the organization's, then the mail's (sender,
 *                   attachments, notes)
 * @param unreadable why the mail cannot become a request to confirm, or null
 */
public record MailReading(MailText mail, RequestReading request, OrganizationMatch organization,
                          Confidence confidence, List<String> reasons, UnreadableReason unreadable) {

    public MailReading {
        reasons = List.copyOf(reasons);
    }

    /**
     * @param senderAffiliations ids of the organizations the sender's address is affiliated with;
     *                           empty for an address the platform does not know
     */
    public static MailReading of(MailText mail, OrganizationRegistry registry, Set<Long> senderAffiliations) {
        RequestReading request = RequestReader.read(mail.subject(), mail.isMalformed() ? "" : mail.text());
        List<MentionedOrganization> mentions = request.organizations();
        OrganizationMatch organization = registry.match(mentions.stream().map(MentionedOrganization::asWritten).toList(),
                senderAffiliations);
        List<String> reasons = new ArrayList<>();
        if (mail.isMalformed()) {
            reasons.add(mail.malformed());
        }
        reasons.addAll(request.reasons());
        reasons.addAll(organization.reasons());

        Confidence confidence = request.confidence().atMost(organization.confidence());
        MentionedOrganization decisive = mentions.stream()
                .filter(m -> m.asWritten().equals(organization.asWritten())).findFirst().orElse(null);
        boolean vouched = organization.organization() != null && senderAffiliations.contains(organization.organization().id());
        if (decisive != null && decisive.where() != MentionedOrganization.Where.STATEMENT && !vouched) {
            // a signature or subject line is a weaker statement of whom the request is for
            reasons.add("The organization is only named " + decisive.where().label());
            confidence = confidence.lowered();
        }
        String disguise = mail.sender().displayedOtherAddress();
        if (disguise != null) {
            reasons.add("The sender's display name shows another address (" + disguise + ") than the one it came from ("
                    + mail.sender().address() + ")");
            confidence = Confidence.LOW;
        }
        if (mail.sender().address() == null) {
            reasons.add("The mail has no readable sender address: no acknowledgement can be sent");
            confidence = Confidence.LOW;
        }
        if (!mail.attachments().isEmpty()) {
            reasons.add("Attachments not read: " + String.join(", ", mail.attachments()));
        }
        reasons.addAll(mail.notes());
        return new MailReading(mail, request, organization, confidence, reasons, unreadable(mail, request, organization));
    }

    public boolean isReadable() {
        return unreadable == null;
    }

    private static UnreadableReason unreadable(MailText mail, RequestReading request, OrganizationMatch organization) {
        if (mail.isMalformed()) {
            return UnreadableReason.MALFORMED;
        }
        if (request.unreadable() == UnreadableReason.EMPTY && !mail.attachments().isEmpty()) {
            return UnreadableReason.ATTACHMENTS_ONLY;
        }
        if (request.unreadable() != null) {
            return request.unreadable();
        }
        return switch (organization.outcome()) {
            case MATCHED, SUGGESTED -> null;
            case AMBIGUOUS -> UnreadableReason.AMBIGUOUS_ORGANIZATION;
            case UNKNOWN -> UnreadableReason.UNKNOWN_ORGANIZATION;
            case NONE_NAMED -> UnreadableReason.NO_ORGANIZATION;
        };
    }
}
