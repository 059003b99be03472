package org.focalpoint.optin;

import org.focalpoint.organizations.Sector;

import java.time.LocalDate;

/** A member's opt-in for one sector as it stands. {@code lapsesOn} is null while opted out. */
public record OptInStanding(Sector sector, boolean optedIn, LocalDate effectiveOn, LocalDate lapsesOn) {

    static OptInStanding of(OptInSetting setting) {
        return new OptInStanding(setting.getSector(), setting.isOptedIn(), setting.getEffectiveOn(),
                setting.getLapsesOn());
    }

    /** Opted in for that sector, already in effect, and neither lapsed nor past the study period. */
    public boolean inEffectOn(Sector sector, StudyPeriod studyPeriod, LocalDate day) {
        return optedIn
                && this.sector == sector
                && !day.isBefore(effectiveOn)
                && (lapsesOn == null || !day.isAfter(lapsesOn))
                && !studyPeriod.isOver(day);
    }
}
