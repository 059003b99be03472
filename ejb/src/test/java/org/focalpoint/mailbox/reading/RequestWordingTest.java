package org.focalpoint.mailbox.reading;

import org.focalpoint.optin.RequestKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestWordingTest {

    @ParameterizedTest(name = "[{0}] asks {1}")
    @CsvSource(delimiter = '|', value = {
            // the annex and its punctuation
            "I wish to “opt in” to automatic approval                          | IN",
            "I wish to \"opt out\" of automatic approval                        | OUT",
            "I wish to ‘opt-in’ to automatic approval                          | IN",
            "we wish to opt‑in (non-breaking hyphen)                           | IN",
            "please optin our company                                          | IN",
            "please OPTOUT our company                                         | OUT",
            "we are hereby opting in                                           | IN",
            "we are opting out                                                 | OUT",
            "please opt us in                                                  | IN",
            "please opt our organization out                                   | OUT",
            "we wish to be opted out                                           | OUT",
            "please opt us out as soon as possible                             | OUT",
            // a member named between "opt" and its particle
            "please opt Acme Wireless Inc. out of automatic approval           | OUT",
            "kindly opt Example Telecom in to automatic approval               | IN",
            "please opt the Ministry of Posts of Ruritania into the scheme     | IN",
            "Please opt Fjordnet out.                                          | OUT",
            "we opt to remain in the scheme of our choice                      | NONE",
            "we would opt for the scheme in 2026                               | NONE",
            "we opt not to take part in the survey                             | NONE",
            // paraphrases
            "please enable automatic approval for us                           | IN",
            "we request the activation of automatic approval of registrations  | IN",
            "please disable automatic approval                                 | OUT",
            "we wish to stop automatic approval                                | OUT",
            "we withdraw from automatic approval                               | OUT",
            "please deactivate the auto-approval of our registrations          | OUT",
            "automatic approval should be disabled for our delegates           | OUT",
            "we would like all registrations to be approved automatically      | IN",
            "we would like to join the automatic approval scheme               | IN",
            "we no longer wish to participate in automatic approval            | OUT",
            "we do not want automatic approval anymore                         | OUT",
            // opt-out wording that contains opt-in wording
            "please withdraw our opt-in                                        | OUT",
            "Acme hereby cancels its opt-in                                    | OUT",
            "our opt-in should be revoked                                      | OUT",
            "we no longer wish to opt in                                       | OUT",
            "we wish to withdraw from the opt-in facility                      | OUT",
            // what is said but not asked
            "we understand we can opt out at any time. We wish to opt in.      | IN",
            "we opted in last year; now we wish to opt out                     | OUT",
            "with respect to the enabling of automatic approval, we opt out    | OUT",
            "with respect to the enabling of automatic approval as described   | NONE",
            "please register me for the SG17 meeting                           | NONE",
            "the option is interesting                                         | NONE",
            "we will withdraw the registration of one delegate                 | NONE",
            "we wish to opt in; automatic approval of participation is welcome | IN",
            // both
            "I wish to [“opt in” to or “opt out” of] automatic approval        | BOTH",
            "we wish to opt in or out                                          | BOTH",
            "Opt-in/opt-out request                                            | BOTH",
            "opt in for ITU-T, and opt out for ITU-D                           | BOTH",
            // French
            "je souhaite adhérer à l'approbation automatique                   | IN",
            "nous souhaitons activer l’approbation automatique                  | IN",
            "nous souhaitons ne plus participer à l'approbation automatique    | OUT",
            "retrait de l'approbation automatique                              | OUT",
            "veuillez désactiver l'approbation automatique                     | OUT",
            "l'approbation automatique doit être désactivée                    | OUT",
            "nous pouvons nous retirer à tout moment; nous souhaitons l'opt-in | IN",
            // Spanish
            "deseo adherirme a la aprobación automática                        | IN",
            "solicitamos activar la aprobación automática                      | IN",
            "deseamos darnos de baja de la aprobación automática               | OUT",
            "deseamos retirarnos de la aprobación automática                   | OUT",
            "solicitamos la baja de la aprobación automática                   | OUT",
            "ya no deseamos participar en la aprobación automática             | OUT",
    })
    void findsWhatTheTextAsks(String text, String asked) {
        Set<RequestKind> expected = switch (asked) {
            case "IN" -> EnumSet.of(RequestKind.OPT_IN);
            case "OUT" -> EnumSet.of(RequestKind.OPT_OUT);
            case "BOTH" -> EnumSet.allOf(RequestKind.class);
            default -> EnumSet.noneOf(RequestKind.class);
        };
        assertEquals(expected, RequestWording.in(Folding.fold(text)).kinds());
    }
}
