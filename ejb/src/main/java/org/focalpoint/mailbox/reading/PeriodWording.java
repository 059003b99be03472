package org.focalpoint.mailbox.reading;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@link RequestedPeriod} a folded text asks for. */
final class PeriodWording {

    private static final Pattern FURTHER_NOTICE = Pattern.compile("until further notice|until notified otherwise"
            + "|jusqu a nouvel (?:ordre|avis)|hasta nuevo aviso|hasta nueva notificacion");
    private static final Pattern END_OF_STUDY_PERIOD = Pattern.compile("(?:remainder|rest|end|duration) of the (?:current )?study period"
            + "|(?:reste|fin|duree) de la (?:presente )?periode d etudes?|(?:resto|fin|duracion) del (?:presente )?periodo de estudios?"
            + "|until (?:the )?(?:next )?wtsa\\b(?!-20)");
    private static final Pattern STUDY_PERIOD = Pattern.compile("\\b(20\\d\\d) ?[-/] ?(20\\d\\d)\\b");
    private static final Pattern FROM = Pattern.compile("(?:with effect from|effective(?: from| as of)?|as of|as from|from|starting"
            + "|beginning|a compter du|a partir du|des le|a partir del|desde el|con efecto (?:a partir )?del?) (?:the )?"
            + WrittenDate.PATTERN);
    private static final Pattern UNTIL = Pattern.compile("(?:until|till|up to|through|ending(?: on)?|jusqu au|hasta el) (?:the )?"
            + WrittenDate.PATTERN);

    private PeriodWording() {
    }

    static RequestedPeriod in(String folded) {
        LocalDate from = date(FROM, folded);
        LocalDate until = date(UNTIL, folded);
        String studyPeriod = studyPeriod(folded);
        Matcher notice = FURTHER_NOTICE.matcher(folded);
        Matcher end = END_OF_STUDY_PERIOD.matcher(folded);
        boolean byNotice = notice.find();
        boolean byEnd = end.find();
        if (until != null) {
            return new RequestedPeriod(RequestedPeriod.Until.DATE, from, until, studyPeriod, found(UNTIL, folded));
        }
        if (byNotice && byEnd) {
            return new RequestedPeriod(RequestedPeriod.Until.FURTHER_NOTICE_OR_END_OF_STUDY_PERIOD, from, null, studyPeriod,
                    notice.group() + " … " + end.group());
        }
        if (byNotice) {
            return new RequestedPeriod(RequestedPeriod.Until.FURTHER_NOTICE, from, null, studyPeriod, notice.group());
        }
        if (byEnd || studyPeriod != null) {
            return new RequestedPeriod(RequestedPeriod.Until.END_OF_STUDY_PERIOD, from, null, studyPeriod,
                    byEnd ? end.group() : studyPeriod);
        }
        if (from != null) {
            return new RequestedPeriod(RequestedPeriod.Until.NOT_STATED, from, null, null, found(FROM, folded));
        }
        return RequestedPeriod.notStated();
    }

    /** A study period runs four years between two assemblies: "2025-2028" is one, "2025-2026" is not. */
    private static String studyPeriod(String folded) {
        Matcher m = STUDY_PERIOD.matcher(folded);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (last - first == 3 || last - first == 4) {
                return first + "-" + last;
            }
        }
        return null;
    }

    private static LocalDate date(Pattern p, String folded) {
        Matcher m = p.matcher(folded);
        while (m.find()) {
            LocalDate day = WrittenDate.of(m);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    private static String found(Pattern p, String folded) {
        Matcher m = p.matcher(folded);
        return m.find() ? m.group() : null;
    }
}
