package org.focalpoint.optin;

import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Dates;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member's standing for one sector as a person reads it. {@code version} is that of the stored
 * setting, null when the member never opted in or out: a change recorded on it must still match.
 */
public record SectorOptIn(Sector sector, Long version, boolean optedIn, LocalDate effectiveOn, LocalDate lapsesOn,
                          String words) implements Serializable {


    static SectorOptIn never(Sector sector) {
        return new SectorOptIn(sector, null, false, null, null, "Never opted in");
    }

    static SectorOptIn of(OptInSetting setting, StudyPeriod period, LocalDate today) {
        return new SectorOptIn(setting.getSector(), setting.getVersion(), setting.standsOptedIn(today),
                setting.getEffectiveOn(), setting.getLapsesOn(), words(setting, period, today));
    }

    private static String words(OptInSetting setting, StudyPeriod period, LocalDate today) {
        if (!setting.isOptedIn()) {
            return "Opted out on " + Dates.ENGLISH.day(setting.getEffectiveOn());
        }
        if (!setting.standsOptedIn(today)) {
            return "Opt-in lapsed on " + Dates.ENGLISH.day(setting.getLapsesOn());
        }
        String since = "Opted in since " + Dates.ENGLISH.day(setting.getEffectiveOn());
        if (setting.getLapsesOn() == null) {
            return since;
        }
        return since + ", lapses on " + Dates.ENGLISH.day(setting.getLapsesOn())
                + (setting.getLapsesOn().equals(period.endsOn()) ? " (end of study period " + period.name() + ")" : "");
    }

    /** Never recorded: the member has not opted in or out for this sector. */
    public boolean isNever() {
        return version == null;
    }
}
