package org.focalpoint.delegationreview;

import org.focalpoint.csv.Csv;
import org.focalpoint.words.Words;

import java.util.List;

/**
 * The review's CSV attachment, written line by line as the pages are read, with the counts the mail
 * sums up. Lines come grouped by TIES user (by affiliation): a user is counted once, however many
 * registrations they hold.
 */
final class ReviewSheet {

    static final List<String> COLUMNS = List.of("Given name", "Family name", "E-mail", "Event", "Starts on",
            "Ends on", "Registration");

    private final Csv csv = new Csv().row(COLUMNS);
    private long lastAffiliation = -1;
    private int users;
    private int registrations;

    void add(ReviewLine line) {
        if (line.affiliationId() != lastAffiliation) {
            users++;
            lastAffiliation = line.affiliationId();
        }
        if (line.registrationId() == null) {
            csv.row(line.givenName(), line.familyName(), line.email(), null, null, null, null);
            return;
        }
        registrations++;
        csv.row(line.givenName(), line.familyName(), line.email(), line.eventTitle(), line.startsOn().toString(),
                line.endsOn().toString(), line.state().label(Words.ENGLISH));
    }

    int users() {
        return users;
    }

    int registrations() {
        return registrations;
    }

    byte[] bytes() {
        return csv.bytes();
    }
}
