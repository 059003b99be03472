package org.focalpoint;

import org.focalpoint.time.TimeZones;
import org.focalpoint.words.Words;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Several refusals at once, so the person sees every problem of a form together instead of one per
 * try: each one's text, one after another, in the person's language.
 */
public class RuleViolations extends RuleViolation {

    private final List<RuleViolation> reasons;

    public RuleViolations(List<RuleViolation> reasons) {
        super("focalpoint.one-after-another", joined(reasons, Words.ENGLISH, TimeZones.UTC));
        this.reasons = List.copyOf(reasons);
    }

    @Override
    public String in(Locale locale, ZoneId zone) {
        return joined(reasons, locale, zone);
    }

    private static String joined(List<RuleViolation> reasons, Locale locale, ZoneId zone) {
        return reasons.stream().map(reason -> reason.in(locale, zone)).collect(Collectors.joining(" "));
    }
}
