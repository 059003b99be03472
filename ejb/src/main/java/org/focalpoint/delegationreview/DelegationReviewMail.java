package org.focalpoint.delegationreview;

import org.focalpoint.accounts.Account;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.time.LocalDate;
import java.util.Map;

/** What the Designated Focal Point reads: the counts in the mail, every line in the attached CSV. */
final class DelegationReviewMail {

    static final String CSV = "text/csv; charset=UTF-8";

    private static final MailTemplate MAIL = new MailTemplate("delegation-review");

    private DelegationReviewMail() {
    }

    static OutgoingMail toFocalPoint(Account focalPoint, Organization organization, Sector sector, ReviewSheet sheet,
                                     LocalDate today, ReviewPeriod period, String delegation) {
        return MAIL.mail(Words.ENGLISH, focalPoint.getEmail(), Map.of("name", focalPoint.getFullName(),
                        "organization", organization.getName(), "sector", sector, "users", sheet.users(),
                        "registrations", sheet.registrations(), "delegation", delegation,
                        "days", String.valueOf(period.everyDays())),
                new OutgoingMail.Attachment("delegation-review-" + organization.getId() + "-" + sector.name() + "-"
                        + today + ".csv", CSV, sheet.bytes()));
    }
}
