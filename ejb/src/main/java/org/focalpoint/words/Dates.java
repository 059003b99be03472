package org.focalpoint.words;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's ways of writing a date or a moment, in one language. Moments are written in UTC
 * and say so, since delegates read them from every time zone.
 */
public final class Dates {

    /** Formatters are immutable and thread-safe, so each language's are made once. */
    private static final Map<Locale, Dates> BY_LANGUAGE = new ConcurrentHashMap<>();

    public static final Dates ENGLISH = of(Words.ENGLISH);

    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter brief;
    private final DateTimeFormatter precise;
    private final DateTimeFormatter stamp;

    private Dates(Locale locale) {
        day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(ZoneOffset.UTC);
        moment = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC);
        brief = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC);
        precise = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", locale).withZone(ZoneOffset.UTC);
        stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    }

    public static Dates of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale, Dates::new);
    }

    /** 22 November 2026: a date, or the UTC day of a moment. */
    public String day(TemporalAccessor date) {
        return day.format(date);
    }

    /** 22 November 2026, 09:05 UTC */
    public String moment(Instant instant) {
        return moment.format(instant);
    }

    /** 22 Nov 2026, 09:05 UTC: in lists and mails that name many moments. */
    public String brief(Instant instant) {
        return brief.format(instant);
    }

    /** 22 Nov 2026, 09:05:12 UTC: where runs a few seconds apart must be told apart. */
    public String precise(Instant instant) {
        return precise.format(instant);
    }

    /** 2026-11-22 09:05: in files a spreadsheet sorts, whose column heading says UTC. */
    public String stamp(Instant instant) {
        return stamp.format(instant);
    }
}
