package org.focalpoint.optin;

import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A member's standing for one sector as a person reads it. {@code version} is that of the stored
 * setting, null when the member never opted in or out: a change recorded on it must still match.
 */
public record SectorOptIn(Sector sector, Long version, boolean optedIn, LocalDate effectiveOn, LocalDate lapsesOn,
                          String wordsKey, List<Object> wordsArguments) implements Serializable {

    private static final Words LABELS = new Words(Words.LABELS);

    static SectorOptIn never(Sector sector) {
        return new SectorOptIn(sector, null, false, null, null, "opt-in-standing.never", List.of());
    }

    static SectorOptIn of(OptInSetting setting, StudyPeriod period, LocalDate today) {
        LocalDate from = setting.getEffectiveOn();
        LocalDate lapses = setting.getLapsesOn();
        String key;
        List<Object> arguments;
        if (!setting.isOptedIn()) {
            key = "opt-in-standing.opted-out";
            arguments = List.of(from);
        } else if (!setting.standsOptedIn(today)) {
            key = "opt-in-standing.lapsed";
            arguments = List.of(lapses);
        } else if (lapses == null) {
            key = "opt-in-standing.opted-in";
            arguments = List.of(from);
        } else if (lapses.equals(period.endsOn())) {
            key = "opt-in-standing.opted-in-until-period-end";
            arguments = List.of(from, lapses, period.name());
        } else {
            key = "opt-in-standing.opted-in-until";
            arguments = List.of(from, lapses);
        }
        return new SectorOptIn(setting.getSector(), setting.getVersion(), setting.standsOptedIn(today), from, lapses,
                key, arguments);
    }

    /** The standing as a sentence in {@code locale}. */
    public String words(Locale locale) {
        return LABELS.text(locale, wordsKey, wordsArguments.toArray());
    }

    /** In English, as the tests read it. */
    public String words() {
        return words(Words.ENGLISH);
    }

    /** Never recorded: the member has not opted in or out for this sector. */
    public boolean isNever() {
        return version == null;
    }
}
