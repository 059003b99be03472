package org.focalpoint.delegationreview;

import org.focalpoint.accounts.Account;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.LocalDate;

/** What the Designated Focal Point reads: the counts in the mail, every line in the attached CSV. */
final class DelegationReviewMail {

    static final String CSV = "text/csv; charset=UTF-8";

    private DelegationReviewMail() {
    }

    static OutgoingMail toFocalPoint(Account focalPoint, Organization organization, Sector sector, ReviewSheet sheet,
                                     LocalDate today, ReviewPeriod period, String delegation) {
        String users = sheet.users() + " TIES user" + (sheet.users() == 1 ? "" : "s");
        String registrations = sheet.registrations() + " registration" + (sheet.registrations() == 1 ? "" : "s");
        return new OutgoingMail(focalPoint.getEmail(),
                organization.getName() + ": delegation review for " + sector.label() + ", " + users,
                "Dear " + focalPoint.getFullName() + ",\n\n"
                        + "as Designated Focal Point of " + organization.getName() + " for " + sector.label()
                        + ", please review whom " + organization.getName() + " lets into ITU's TIES services and "
                        + sector.label() + " meetings.\n\n"
                        + organization.getName() + " has " + users + " today, with " + registrations
                        + " to upcoming " + sector.label() + " events. The attached file lists each of them with"
                        + " their registrations; it opens in a spreadsheet.\n\n"
                        + "Anyone who should no longer be there: the TIES Focal Point of " + organization.getName()
                        + " can revoke their TIES access, and you can follow their registrations on your delegation"
                        + " page: " + delegation + "\n\n"
                        + "You receive this review every " + period.everyDays() + " days.\n\nFocalPoint\n",
                new OutgoingMail.Attachment("delegation-review-" + organization.getId() + "-" + sector.name() + "-"
                        + today + ".csv", CSV, sheet.bytes()));
    }
}
