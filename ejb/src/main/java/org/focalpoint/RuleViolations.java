package org.focalpoint;

import org.focalpoint.words.Words;

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
        super("focalpoint.one-after-another", joined(reasons, Words.ENGLISH));
        this.reasons = List.copyOf(reasons);
    }

    @Override
    public String in(Locale locale) {
        return joined(reasons, locale);
    }

    private static String joined(List<RuleViolation> reasons, Locale locale) {
        return reasons.stream().map(reason -> reason.in(locale)).collect(Collectors.joining(" "));
    }
}
