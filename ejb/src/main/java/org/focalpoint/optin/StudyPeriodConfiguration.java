package org.focalpoint.optin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;

/** The study period now running, from the server's configuration (its system properties among its sources). */
@ApplicationScoped
public class StudyPeriodConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.study-period", defaultValue = "2025-2028")
    String name;

    @Inject
    @ConfigProperty(name = "focalpoint.study-period.ends-on", defaultValue = "2028-12-31")
    String endsOn;

    @Produces
    StudyPeriod studyPeriod() {
        return new StudyPeriod(name, LocalDate.parse(endsOn));
    }
}
