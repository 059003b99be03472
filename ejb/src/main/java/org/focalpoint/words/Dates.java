package org.focalpoint.words;

import org.focalpoint.time.TimeZones;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's ways of writing a date or a moment, in one language and one time zone. A moment
 * names its zone ("18:00 CET"), since delegates read them from every time zone; a page writes it
 * in the reader's zone, a mail or a file whose reader is not known in UTC.
 */
public final class Dates {

    /** Formatters are immutable and thread-safe, so each language's and zone's are made once. */
    private static final Map<List<Object>, Dates> MADE = new ConcurrentHashMap<>();

    public static final Dates ENGLISH = of(Words.ENGLISH);

    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter brief;
    private final DateTimeFormatter precise;
    private final DateTimeFormatter stamp;

    private Dates(Locale locale, ZoneId zone) {
        day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone);
        moment = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", locale).withZone(zone);
        brief = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", locale).withZone(zone);
        precise = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", locale).withZone(zone);
        stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(TimeZones.UTC);
    }

    /** In UTC: for a mail or a file. */
    public static Dates of(Locale locale) {
        return of(locale, TimeZones.UTC);
    }

    /** In the reader's zone: for a page. */
    public static Dates of(Locale locale, ZoneId zone) {
        return MADE.computeIfAbsent(List.of(locale, zone), key -> new Dates(locale, zone));
    }

    /** 22 November 2026: a date, or the day of a moment in this zone. */
    public String day(TemporalAccessor date) {
        return day.format(date);
    }

    /** 22 November 2026, 10:05 CET */
    public String moment(Instant instant) {
        return moment.format(instant);
    }

    /** 22 Nov 2026, 10:05 CET: in lists and mails that name many moments. */
    public String brief(Instant instant) {
        return brief.format(instant);
    }

    /** 22 Nov 2026, 10:05:12 CET: where runs a few seconds apart must be told apart. */
    public String precise(Instant instant) {
        return precise.format(instant);
    }

    /** 2026-11-22 09:05, always UTC: in files a spreadsheet sorts, whose column heading says UTC. */
    public String stamp(Instant instant) {
        return stamp.format(instant);
    }
}
