package org.focalpoint.mailbox.reading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodWordingTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            "until further notice or for the remainder of the Study Period (currently until WTSA-20) | FURTHER_NOTICE_OR_END_OF_STUDY_PERIOD",
            "until further notice                                         | FURTHER_NOTICE",
            "for the remainder of the study period                        | END_OF_STUDY_PERIOD",
            "for the rest of the current study period                     | END_OF_STUDY_PERIOD",
            "for the 2025-2028 study period                               | END_OF_STUDY_PERIOD sp 2025-2028",
            "for study period 2025–2028                                   | END_OF_STUDY_PERIOD sp 2025-2028",
            "until the next WTSA                                          | END_OF_STUDY_PERIOD",
            "jusqu'à nouvel ordre                                         | FURTHER_NOTICE",
            "pour le reste de la période d'études                         | END_OF_STUDY_PERIOD",
            "hasta nuevo aviso                                            | FURTHER_NOTICE",
            "por el resto del período de estudios                         | END_OF_STUDY_PERIOD",
            "with effect from 1 April 2026 until 31 December 2026         | DATE from 2026-04-01 to 2026-12-31",
            "from 2026-04-01 to the end of the study period               | END_OF_STUDY_PERIOD from 2026-04-01",
            "as of March 1st, 2026                                        | NOT_STATED from 2026-03-01",
            "until 30/06/2027                                             | DATE to 2027-06-30",
            "à compter du 1er novembre 2026                               | NOT_STATED from 2026-11-01",
            "a partir del 1 de diciembre de 2026 hasta el 31 de marzo de 2027 | DATE from 2026-12-01 to 2027-03-31",
            "until 31 February 2026                                       | NOT_STATED",
            "in 2025-2026 we met twice                                    | NOT_STATED",
            "nothing about time                                           | NOT_STATED",
    })
    void readsThePeriodAskedFor(String text, String expected) {
        RequestedPeriod p = PeriodWording.in(Folding.fold(text));
        String actual = p.until().name() + (p.from() == null ? "" : " from " + p.from())
                + (p.untilDate() == null ? "" : " to " + p.untilDate()) + (p.studyPeriod() == null ? "" : " sp " + p.studyPeriod());
        assertEquals(expected, actual);
    }
}
