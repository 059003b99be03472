package org.focalpoint.mailbox.reading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.focalpoint.mailbox.reading.OrganizationMatch.Outcome.AMBIGUOUS;
import static org.focalpoint.mailbox.reading.OrganizationMatch.Outcome.MATCHED;
import static org.focalpoint.mailbox.reading.OrganizationMatch.Outcome.NONE_NAMED;
import static org.focalpoint.mailbox.reading.OrganizationMatch.Outcome.SUGGESTED;
import static org.focalpoint.mailbox.reading.OrganizationMatch.Outcome.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganizationRegistryTest {

    private static final OrganizationRegistry REGISTRY = OrganizationRegistry.of(List.of(
            new RegisteredOrganization(1, "Example Telecom Ltd"),
            new RegisteredOrganization(2, "Nordlicht Networks GmbH"),
            new RegisteredOrganization(3, "Société Générale des Télécommunications SA"),
            new RegisteredOrganization(4, "Alpha & Omega Communications B.V."),
            new RegisteredOrganization(5, "Orion Systems AG"),
            new RegisteredOrganization(6, "Orion Systems Inc."),
            new RegisteredOrganization(7, "The Fjord Company"),
            new RegisteredOrganization(8, "Rivera Telecom S.p.A."),
            new RegisteredOrganization(9, "Kitsune Denki K.K."),
            new RegisteredOrganization(10, "Ministry of Communications of Ruritania"),
            new RegisteredOrganization(11, "Ministry of Communications of Examplia"),
            new RegisteredOrganization(12, "Telecom"),
            new RegisteredOrganization(13, "Republic of Freedonia — Ministry of Communications"),
            new RegisteredOrganization(14, "Republic of Freedonia — Regulatory Authority for Telecommunications")));

    @ParameterizedTest(name = "[{0}] is organization {1}")
    @CsvSource(delimiter = '|', value = {
            "Example Telecom Ltd                          | 1",
            "EXAMPLE TELECOM                              | 1",
            "example telecom, ltd.                        | 1",
            "Example Telecom Limited                      | 1",
            "The Example Telecom Co., Ltd.                | 1",
            "Example-Telecom                              | 1",
            "ExampleTelecom                               | 1",
            "Example Telecom Inc.                         | 1",
            "Example Telecom LLC                          | 1",
            "Example Telecom Corp.                        | 1",
            "Example Telecom Corporation                  | 1",
            "Example Telecom plc                          | 1",
            "Example Telecom Oy                           | 1",
            "Example Telecom AB                           | 1",
            "Example Telecom N.V.                         | 1",
            "Example Telecom SAS                          | 1",
            "Example Telecom S. A.                        | 1",
            "Example Telecom AG                           | 1",
            "nordlicht networks                           | 2",
            "Societe Generale des Telecommunications      | 3",
            "la Société générale des télécommunications   | 3",
            "SOCIÉTÉ GÉNÉRALE DES TÉLÉCOMMUNICATIONS S.A. | 3",
            "Alpha and Omega Communications               | 4",
            "Alpha & Omega Communications BV              | 4",
            "The Alpha + Omega Communications             | 4",
            "Fjord Company                                | 7",
            "Rivera Telecom SpA                           | 8",
            "Kitsune Denki Kabushiki Kaisha               | 9",
            "Kitsune Denki KK                             | 9",
    })
    void aNameMatchesWhateverItsCasePunctuationAccentsAndLegalForm(String written, long id) {
        OrganizationMatch match = REGISTRY.match(written, Set.of(id));
        assertEquals(MATCHED, match.outcome(), match.reasons().toString());
        assertEquals(id, match.organization().id());
        assertEquals(Confidence.HIGH, match.confidence());
    }

    @Test
    void aRegisteredNameWrittenWithinMoreWordsMatchesLessSurely() {
        OrganizationMatch match = REGISTRY.match("Nordlicht Networks GmbH, Berlin office", Set.of());
        assertEquals(MATCHED, match.outcome());
        assertEquals(2, match.organization().id());
        assertEquals(Confidence.MEDIUM, match.confidence());
        assertTrue(match.reasons().get(0).contains("contains the registered name"), match.reasons().toString());
    }

    @Test
    void aDistinctivePartOfARegisteredNameMatchesLessSurely() {
        OrganizationMatch match = REGISTRY.match("Nordlicht", Set.of());
        assertEquals(MATCHED, match.outcome());
        assertEquals(2, match.organization().id());
        assertEquals(Confidence.MEDIUM, match.confidence());
    }

    @Test
    void aGenericWordMatchesNothingPartly() {
        assertEquals(UNKNOWN, REGISTRY.match("Communications", Set.of()).outcome());
        assertEquals(UNKNOWN, REGISTRY.match("Ministry", Set.of()).outcome());
    }

    @Test
    void twoRegisteredOrganizationsWithOneNameAreAmbiguous() {
        OrganizationMatch match = REGISTRY.match("Orion Systems", Set.of());
        assertEquals(AMBIGUOUS, match.outcome());
        assertEquals(List.of(5L, 6L), match.candidates().stream().map(RegisteredOrganization::id).toList());
        assertNull(match.organization());
        assertEquals(Confidence.LOW, match.confidence());
    }

    @Test
    void aPartOfSeveralNamesIsAmbiguous() {
        OrganizationMatch match = REGISTRY.match("Ministry of Communications", Set.of());
        assertEquals(AMBIGUOUS, match.outcome());
        assertEquals(List.of(10L, 11L, 13L), match.candidates().stream().map(RegisteredOrganization::id).toList());
    }

    @ParameterizedTest(name = "[{0}] is organization 13")
    @CsvSource(delimiter = '|', value = {
            "Ministry of Communications of the Republic of Freedonia",
            "the Ministry of Communications of Freedonia",
            "Freedonia, Ministry of Communications",
            "Republic of Freedonia - Ministry of Communications",
    })
    void aNameInPartsMatchesWhenEachPartIsWritten(String written) {
        OrganizationMatch match = REGISTRY.match(written, Set.of());
        assertEquals(MATCHED, match.outcome(), match.reasons().toString());
        assertEquals(13, match.organization().id());
        assertEquals(Confidence.HIGH, REGISTRY.match(written, Set.of(13L)).confidence());
    }

    @Test
    void onePartOfANameInPartsIsNotEnough() {
        assertEquals(List.of(13L, 14L), REGISTRY.match("Republic of Freedonia", Set.of()).candidates().stream()
                .map(RegisteredOrganization::id).toList());
        assertEquals(AMBIGUOUS, REGISTRY.match("Freedonia", Set.of()).outcome());
        assertEquals(UNKNOWN, REGISTRY.match("Ministry of Communications of Sylvania", Set.of()).outcome());
    }

    @Test
    void anUnregisteredNameIsUnknownAndNoNameIsNoneNamed() {
        assertEquals(UNKNOWN, REGISTRY.match("Zeta Quantum Labs", Set.of()).outcome());
        assertEquals(NONE_NAMED, REGISTRY.match(List.of(), Set.of()).outcome());
        assertEquals(NONE_NAMED, REGISTRY.match((String) null, Set.of()).outcome());
    }

    @Test
    void theSendersAffiliationRaisesAMatchAndItsAbsenceCapsIt() {
        assertEquals(Confidence.HIGH, REGISTRY.match("Nordlicht", Set.of(2L)).confidence());
        OrganizationMatch notAffiliated = REGISTRY.match("Example Telecom", Set.of(2L));
        assertEquals(Confidence.MEDIUM, notAffiliated.confidence());
        assertTrue(notAffiliated.reasons().contains("The sender is not affiliated with Example Telecom Ltd"));
        OrganizationMatch unknownAddress = REGISTRY.match("Example Telecom", Set.of());
        assertEquals(Confidence.MEDIUM, unknownAddress.confidence());
        assertTrue(unknownAddress.reasons().contains("The sender's address has no affiliation on record"));
    }

    @Test
    void anUnknownNameFromASenderAffiliatedWithExactlyOneIsASuggestionNotADecision() {
        OrganizationMatch match = REGISTRY.match("NLN Group", Set.of(2L));
        assertEquals(SUGGESTED, match.outcome());
        assertEquals(2, match.organization().id());
        assertEquals(Confidence.MEDIUM, match.confidence());
        assertEquals(UNKNOWN, REGISTRY.match("NLN Group", Set.of(1L, 2L)).outcome());
        assertEquals(SUGGESTED, REGISTRY.match(List.of(), Set.of(2L)).outcome());
        assertEquals(UNKNOWN, REGISTRY.match("NLN Group", Set.of(99L)).outcome(), "an id outside the registry suggests nothing");
    }

    @Test
    void anAmbiguousNameIsNarrowedByTheSendersAffiliationToASuggestion() {
        OrganizationMatch match = REGISTRY.match("Orion Systems", Set.of(6L));
        assertEquals(SUGGESTED, match.outcome());
        assertEquals(6, match.organization().id());
        assertEquals(Confidence.MEDIUM, match.confidence());
        assertEquals(AMBIGUOUS, REGISTRY.match("Orion Systems", Set.of(5L, 6L)).outcome());
    }

    @Test
    void theFirstNameThatMatchesDecidesAndAnotherOrganizationNamedLowersTheConfidence() {
        OrganizationMatch match = REGISTRY.match(List.of("Zeta Quantum Labs", "Example Telecom Ltd"), Set.of(1L));
        assertEquals(MATCHED, match.outcome());
        assertEquals("Example Telecom Ltd", match.asWritten());

        OrganizationMatch two = REGISTRY.match(List.of("Example Telecom", "Nordlicht Networks"), Set.of());
        assertEquals(1, two.organization().id());
        assertEquals(Confidence.MEDIUM, two.confidence());
        assertTrue(two.reasons().contains("The mail also names Nordlicht Networks GmbH"), two.reasons().toString());

        OrganizationMatch vouched = REGISTRY.match(List.of("Example Telecom", "Nordlicht Networks"), Set.of(1L));
        assertEquals(Confidence.HIGH, vouched.confidence(), "an affiliated sender lifts the doubt by one step");
    }

    @Test
    void aShortRegisteredNameIsFoundOnlyWhenWrittenWhole() {
        assertEquals(12, REGISTRY.match("telecom", Set.of()).organization().id());
        assertEquals(UNKNOWN, REGISTRY.match("Zeta Telecom Services", Set.of()).outcome(),
                "a generic registered name is not looked for inside other names");
    }
}
