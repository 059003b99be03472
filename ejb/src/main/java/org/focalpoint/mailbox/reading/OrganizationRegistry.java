package org.focalpoint.mailbox.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry's organizations, indexed once so that many mails can be matched quickly.
 *
 * <p>A name matches exactly when its {@link OrganizationName#key key} (or that key without
 * spaces) is a registered one's; failing that, partly when a registered name is written within
 * the text ("Example Telecom, Geneva office") or the text is a distinctive part of a registered
 * name ("Nordlicht" for "Nordlicht Networks GmbH"), or a registered name in parts ("Republic of
 * Freedonia — Ministry of Communications") has each part written within the text, in any order
 * ("the Ministry of Communications of the Republic of Freedonia", "… of Freedonia"). Nothing fuzzier: a wrong organization
 * confirmed by a hurried reader would let another member's delegates in.
 */
public final class OrganizationRegistry {

    private static final Set<String> LINKING = Set.of("and", "of", "for", "the", "de", "des", "du", "del", "la", "le",
            "y", "et");
    /** Words that identify nobody on their own. */
    private static final Set<String> GENERIC = Set.of("and", "of", "for", "the", "de", "des", "du", "del", "la", "le",
            "y", "et", "telecom", "telecoms", "telecommunications", "telecommunication", "communications", "communication",
            "ministry", "ministere", "ministerio", "university", "universite", "universidad", "institute", "institut",
            "national", "international", "networks", "network", "group", "company", "administration", "technologies",
            "systems", "services", "mobile", "digital", "global", "office", "agency", "authority");

    /** "Republic of", "Kingdom of" …: a country is written with or without its form of state. */
    private static final Set<String> STATE_FORMS = Set.of("republic", "kingdom", "state", "states", "principality",
            "federation", "commonwealth", "sultanate", "emirate", "emirates", "duchy", "confederation", "union");
    /** Where a registered name is split into parts: "Country — Body", "Country - Body". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s[-–—]\\s|\\s*[—–]\\s*");

    /** @param parts each part's ways of being written (words), when the name has more than one part; else empty */
    private record Entry(RegisteredOrganization organization, List<String> words, List<List<List<String>>> parts) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<RegisteredOrganization>> byKey = new HashMap<>();
    private final Map<String, List<RegisteredOrganization>> bySpacelessKey = new HashMap<>();
    private final Map<Long, RegisteredOrganization> byId = new HashMap<>();

    private OrganizationRegistry(Collection<RegisteredOrganization> organizations) {
        for (RegisteredOrganization organization : organizations) {
            List<String> words = OrganizationName.words(organization.name());
            entries.add(new Entry(organization, words, parts(organization.name())));
            byKey.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(organization);
            bySpacelessKey.computeIfAbsent(String.join("", words), k -> new ArrayList<>()).add(organization);
            byId.put(organization.id(), organization);
        }
    }

    public static OrganizationRegistry of(Collection<RegisteredOrganization> organizations) {
        return new OrganizationRegistry(organizations);
    }

    /** Matches one name as written. */
    public OrganizationMatch match(String asWritten, Set<Long> senderAffiliations) {
        return match(asWritten == null ? List.of() : List.of(asWritten), senderAffiliations);
    }

    /**
     * Matches the names a mail gives, best first (the request's, then the signature's …): the
     * first that matches exactly one organization decides; a later one naming another registered
     * organization lowers the confidence, as a letter signed for one member on behalf of another
     * deserves a second look.
     *
     * @param senderAffiliations ids of the organizations the sender's address is affiliated with
     *                           (empty for an unknown address)
     */
    public OrganizationMatch match(List<String> namesBestFirst, Set<Long> senderAffiliations) {
        List<String> reasons = new ArrayList<>();
        Found decided = null;
        Found firstAmbiguous = null;
        Set<RegisteredOrganization> othersNamed = new LinkedHashSet<>();
        for (String name : namesBestFirst) {
            Found found = find(name);
            if (found.candidates.size() == 1) {
                if (decided == null) {
                    decided = found;
                } else if (!found.candidates.get(0).equals(decided.candidates.get(0))) {
                    othersNamed.add(found.candidates.get(0));
                }
            } else if (found.candidates.size() > 1 && firstAmbiguous == null) {
                firstAmbiguous = found;
            }
        }
        if (decided != null) {
            RegisteredOrganization organization = decided.candidates.get(0);
            reasons.add(decided.reason);
            Confidence confidence = decided.exact ? Confidence.HIGH : Confidence.MEDIUM;
            if (!othersNamed.isEmpty()) {
                reasons.add("The mail also names " + names(othersNamed));
                confidence = confidence.atMost(Confidence.MEDIUM);
            }
            if (senderAffiliations.contains(organization.id())) {
                reasons.add("The sender is affiliated with " + organization.name());
                confidence = confidence.raised();
            } else {
                reasons.add(senderAffiliations.isEmpty() ? "The sender's address has no affiliation on record"
                        : "The sender is not affiliated with " + organization.name());
                confidence = confidence.atMost(Confidence.MEDIUM);
            }
            return new OrganizationMatch(OrganizationMatch.Outcome.MATCHED, decided.asWritten, List.of(organization),
                    confidence, reasons);
        }
        if (firstAmbiguous != null) {
            reasons.add(firstAmbiguous.reason);
            List<RegisteredOrganization> affiliated = firstAmbiguous.candidates.stream()
                    .filter(o -> senderAffiliations.contains(o.id())).toList();
            if (affiliated.size() == 1) {
                reasons.add("Of these the sender is affiliated only with " + affiliated.get(0).name() + ": a suggestion for staff");
                return new OrganizationMatch(OrganizationMatch.Outcome.SUGGESTED, firstAmbiguous.asWritten, affiliated,
                        Confidence.MEDIUM, reasons);
            }
            return new OrganizationMatch(OrganizationMatch.Outcome.AMBIGUOUS, firstAmbiguous.asWritten,
                    firstAmbiguous.candidates, Confidence.LOW, reasons);
        }
        String first = namesBestFirst.isEmpty() ? null : namesBestFirst.get(0);
        reasons.add(first == null ? "The mail names no organization" : "\"" + first + "\" is not in the registry");
        List<RegisteredOrganization> affiliated = senderAffiliations.stream().map(byId::get)
                .filter(o -> o != null).toList();
        if (affiliated.size() == 1) {
            reasons.add("The sender is affiliated only with " + affiliated.get(0).name() + ": a suggestion for staff");
            return new OrganizationMatch(OrganizationMatch.Outcome.SUGGESTED, first, affiliated, Confidence.MEDIUM, reasons);
        }
        return new OrganizationMatch(first == null ? OrganizationMatch.Outcome.NONE_NAMED : OrganizationMatch.Outcome.UNKNOWN,
                first, List.of(), Confidence.LOW, reasons);
    }

    private record Found(String asWritten, List<RegisteredOrganization> candidates, boolean exact, String reason) {
    }

    private Found find(String asWritten) {
        List<String> words = OrganizationName.words(asWritten);
        if (words.isEmpty()) {
            return new Found(asWritten, List.of(), false, null);
        }
        List<RegisteredOrganization> exact = byKey.get(String.join(" ", words));
        if (exact == null) {
            exact = bySpacelessKey.get(String.join("", words));
        }
        if (exact != null) {
            return new Found(asWritten, exact, true, exact.size() == 1
                    ? "\"" + asWritten + "\" is registered as " + exact.get(0).name()
                    : "\"" + asWritten + "\" matches several registered organizations: " + names(exact));
        }
        List<RegisteredOrganization> within = new ArrayList<>();
        int longest = 0;
        List<RegisteredOrganization> partOf = new ArrayList<>();
        List<RegisteredOrganization> inParts = new ArrayList<>();
        boolean textDistinctive = isDistinctive(words);
        for (Entry entry : entries) {
            if (entry.words.size() < words.size() && isDistinctive(entry.words)
                    && Collections.indexOfSubList(words, entry.words) >= 0) {
                if (entry.words.size() > longest) {
                    within.clear();
                    longest = entry.words.size();
                }
                if (entry.words.size() == longest) {
                    within.add(entry.organization);
                }
            } else if (textDistinctive && entry.words.size() > words.size()
                    && Collections.indexOfSubList(entry.words, words) >= 0) {
                partOf.add(entry.organization);
            }
            if (!entry.parts.isEmpty() && entry.parts.stream().allMatch(ways -> ways.stream()
                    .anyMatch(way -> Collections.indexOfSubList(words, way) >= 0))) {
                inParts.add(entry.organization);
            }
        }
        if (!inParts.isEmpty() && within.isEmpty()) {
            return new Found(asWritten, inParts, false, inParts.size() == 1
                    ? "\"" + asWritten + "\" names each part of the registered name " + inParts.get(0).name()
                    : "\"" + asWritten + "\" could be any of " + names(inParts));
        }
        List<RegisteredOrganization> candidates = !within.isEmpty() ? within : partOf;
        if (candidates.isEmpty()) {
            return new Found(asWritten, List.of(), false, null);
        }
        if (candidates.size() > 1) {
            return new Found(asWritten, candidates, false,
                    "\"" + asWritten + "\" could be any of " + names(candidates));
        }
        return new Found(asWritten, candidates, false, !within.isEmpty()
                ? "\"" + asWritten + "\" contains the registered name " + candidates.get(0).name()
                : "\"" + asWritten + "\" is part of the registered name " + candidates.get(0).name());
    }

    /**
     * The parts of a name written "Country — Body", each as the words it may be written with: a
     * country also without its form of state ("Republic of Freedonia", "Freedonia"). Empty for a
     * name of one part, or one whose parts could not each stand for it.
     */
    private static List<List<List<String>>> parts(String name) {
        String[] written = PART_SEPARATOR.split(name);
        if (written.length < 2) {
            return List.of();
        }
        List<List<List<String>>> parts = new ArrayList<>();
        for (String part : written) {
            List<String> words = OrganizationName.words(part);
            if (words.isEmpty() || !isDistinctive(words) && words.size() < 2) {
                return List.of();
            }
            List<List<String>> ways = new ArrayList<>(List.of(words));
            if (words.size() > 2 && STATE_FORMS.contains(words.get(0)) && words.get(1).equals("of")) {
                List<String> country = words.subList(words.get(2).equals("the") ? 3 : 2, words.size());
                if (isDistinctive(country)) {
                    ways.add(country);
                }
            }
            parts.add(ways);
        }
        return parts;
    }

    /**
     * Whether words can stand for one organization when written as part of a longer name: a word
     * of its own ("Nordlicht"), or two substantial ones ("Ministry … Communications"); never a
     * lone generic word ("Communications").
     */
    private static boolean isDistinctive(List<String> words) {
        boolean own = words.stream().anyMatch(w -> !GENERIC.contains(w) && w.length() >= 4);
        long substantial = words.stream().filter(w -> !LINKING.contains(w) && w.length() >= 3).count();
        return own || substantial >= 2;
    }

    private static String names(Collection<RegisteredOrganization> organizations) {
        return String.join(", ", organizations.stream().map(RegisteredOrganization::name).toList());
    }
}
