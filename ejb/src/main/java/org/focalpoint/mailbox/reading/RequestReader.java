package org.focalpoint.mailbox.reading;

import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an opt-in or opt-out request from a mail's subject and text, written as in the annex of
 * TSB Circular 118 or as people really write it (see {@link RequestWording}).
 *
 * <p>Where a request counts, in this order: what the sender wrote now; a message they forward;
 * the subject; quoted text of a reply (least sure). A mail that answers our acknowledgement
 * (see {@link Acknowledgement}) counts only for what the sender wrote now: our acknowledgement
 * quotes their request, which must not be read as a new one.
 */
public final class RequestReader {

    /**
     * A request is read from this much of the text: a real one is written near the top, and a
     * hostile text of 200,000 characters must not cost seconds.
     */
    static final int MAX_READ = 50_000;

    private RequestReader() {
    }

    /** Where the request was found, and how sure that makes the reading. */
    private enum Source {
        OWN(Confidence.HIGH, null),
        FORWARDED(Confidence.MEDIUM, "The request is in a forwarded message"),
        SUBJECT(Confidence.MEDIUM, "The request is only in the subject"),
        QUOTED(Confidence.LOW, "The request is only in quoted text of an earlier message: nothing is pre-selected,"
                + " as the sender may answer it rather than ask it");

        final Confidence confidence;
        final String reason;

        Source(Confidence confidence, String reason) {
            this.confidence = confidence;
            this.reason = reason;
        }
    }

    public static RequestReading read(String subject, String text) {
        String cleanSubject = SubjectLine.withoutPrefixes(subject);
        String body = text == null ? "" : text.strip();
        List<String> reasons = new ArrayList<>();
        if (body.length() > MAX_READ) {
            body = body.substring(0, MAX_READ);
            reasons.add("Only the first " + MAX_READ + " characters of the text were read");
        }
        TextLayers layers = TextLayers.of(body, subject);
        String acknowledgement = Acknowledgement.referenceIn(subject);
        if (acknowledgement == null) {
            acknowledgement = Acknowledgement.referenceIn(layers.earlier());
        }
        SignatureBlock own = SignatureBlock.of(layers.own());
        if (acknowledgement != null && RequestWording.in(Folding.fold(own.body())).isNone()) {
            return unreadable(UnreadableReason.REPLY_TO_ACKNOWLEDGEMENT, acknowledgement, own, cleanSubject, plus(reasons,
                    "The mail answers our acknowledgement " + acknowledgement + " and asks nothing new"));
        }
        Located located = locate(own, layers, cleanSubject);
        RequestWording.Found found = located.found();
        Source source = located.source();
        SignatureBlock where = located.where();
        if (source == Source.FORWARDED) {
            String from = firstLine(layers.earlierHeaders());
            if (from != null) {
                reasons.add("Forwarded message " + from);
            }
        }

        if (found.isNone()) {
            boolean empty = body.isEmpty();
            return unreadable(empty ? UnreadableReason.EMPTY : UnreadableReason.NO_REQUEST, acknowledgement, own,
                    cleanSubject, plus(reasons, empty ? "The body is empty and the subject asks nothing"
                            : "Neither the text nor the subject asks to opt in or out"));
        }
        if (found.isBoth()) {
            return unreadable(UnreadableReason.BOTH_REQUESTS, acknowledgement, where, cleanSubject, plus(reasons,
                    "Both requests are written: " + quoted(found.phrases())));
        }

        Confidence confidence = source.confidence;
        RequestKind kind = found.kind();
        reasons.add(0, (kind == RequestKind.OPT_IN ? "Asks to opt in: " : "Asks to opt out: ") + quoted(found.phrases()));
        if (source.reason != null) {
            reasons.add(source.reason);
        }
        if (source == Source.SUBJECT && body.isEmpty()) {
            reasons.add("The body is empty");
            confidence = Confidence.LOW;
        }
        if (found.loosely()) {
            reasons.add("The request is paraphrased loosely");
            confidence = confidence.atMost(Confidence.MEDIUM);
        }

        String readFrom = Folding.fold(where.body() + "\n" + cleanSubject);
        Sector sector = sector(SectorMention.in(readFrom), reasons);
        if (sector == null) {
            confidence = Confidence.LOW;
        }
        RequestedPeriod period = PeriodWording.in(readFrom);
        reasons.add("Period: " + period.shown());

        if (where.signatory() == null || where.signatory().name() == null) {
            reasons.add("No signature with a name was found");
            confidence = confidence.atMost(Confidence.MEDIUM);
        } else {
            reasons.add("Signed by " + where.signatory().shown());
        }
        List<MentionedOrganization> organizations = organizations(where, cleanSubject);
        if (OrganizationWording.leftAsPlaceholder(where.body())) {
            reasons.add("The annex's \"[member organization]\" placeholder was left unfilled");
        }
        if (!organizations.isEmpty()) {
            reasons.add("Organization as written: \"" + organizations.get(0).asWritten() + "\" ("
                    + organizations.get(0).where().label() + ")");
        }
        return new RequestReading(kind, sector, period, organizations, where.signatory(), acknowledgement,
                source == Source.QUOTED, confidence, reasons, null);
    }

    private record Located(RequestWording.Found found, Source source, SignatureBlock where) {
    }

    /** The first place, in {@link Source} order, where a request is written; OWN with nothing found if none. */
    private static Located locate(SignatureBlock own, TextLayers layers, String subject) {
        RequestWording.Found inOwn = RequestWording.in(Folding.fold(own.body()));
        if (!inOwn.isNone()) {
            return new Located(inOwn, Source.OWN, own);
        }
        SignatureBlock earlier = SignatureBlock.of(TextLayers.of(layers.earlierBody(), "").own());
        RequestWording.Found inEarlier = layers.earlier().isEmpty() ? inOwn : RequestWording.in(Folding.fold(earlier.body()));
        if (layers.forwarded() && !inEarlier.isNone()) {
            return new Located(inEarlier, Source.FORWARDED, earlier);
        }
        RequestWording.Found inSubject = RequestWording.in(Folding.fold(subject));
        if (!inSubject.isNone()) {
            return new Located(inSubject, Source.SUBJECT, own);
        }
        if (!layers.forwarded() && !inEarlier.isNone()) {
            return new Located(inEarlier, Source.QUOTED, earlier);
        }
        return new Located(inOwn, Source.OWN, own);
    }

    private static Sector sector(Set<Sector> named, List<String> reasons) {
        if (named.isEmpty()) {
            reasons.add("Sector: ITU-T (no other sector named)");
            return Sector.ITU_T;
        }
        if (named.size() == 1) {
            Sector sector = named.iterator().next();
            reasons.add("Sector: " + sector.label(Words.ENGLISH) + " (named)");
            return sector;
        }
        List<String> labels = named.stream().map(s -> s.label(Words.ENGLISH)).toList();
        reasons.add("Several sectors are named (" + String.join(", ", labels) + "): staff choose");
        return null;
    }

    private static List<MentionedOrganization> organizations(SignatureBlock where, String subject) {
        List<MentionedOrganization> found = new ArrayList<>();
        for (String name : OrganizationWording.statements(where.body())) {
            add(found, name, MentionedOrganization.Where.STATEMENT);
        }
        if (where.signatory() != null && where.signatory().organization() != null) {
            add(found, where.signatory().organization(), MentionedOrganization.Where.SIGNATURE);
        }
        for (String line : where.lines()) {
            add(found, line, MentionedOrganization.Where.SIGNATURE);
        }
        add(found, OrganizationWording.inSubject(subject), MentionedOrganization.Where.SUBJECT);
        return found;
    }

    private static void add(List<MentionedOrganization> found, String name, MentionedOrganization.Where where) {
        if (name != null && found.stream().noneMatch(m -> m.asWritten().equalsIgnoreCase(name))) {
            found.add(new MentionedOrganization(name, where));
        }
    }

    private static RequestReading unreadable(UnreadableReason reason, String acknowledgement, SignatureBlock where,
                                             String subject, List<String> reasons) {
        return new RequestReading(null, null, RequestedPeriod.notStated(), organizations(where, subject),
                where.signatory(), acknowledgement, false, Confidence.LOW, reasons, reason);
    }

    private static List<String> plus(List<String> reasons, String reason) {
        List<String> all = new ArrayList<>(List.of(reason));
        all.addAll(reasons);
        return all;
    }

    private static String quoted(List<String> phrases) {
        return "\"" + String.join("\", \"", phrases.stream().distinct().limit(3).toList()) + "\"";
    }

    private static String firstLine(String headers) {
        for (String line : headers.split("\n")) {
            if (line.matches("(?i)^\\*?(From|De|Von)\\s*:.*")) {
                return line.replaceFirst("(?i)^\\*?(From|De|Von)\\s*:\\s*", "from ");
            }
        }
        return null;
    }
}
