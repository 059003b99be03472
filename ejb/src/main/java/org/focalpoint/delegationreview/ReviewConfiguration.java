package org.focalpoint.delegationreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often the delegation review is due, from the server's configuration (its system properties among its sources). */
@ApplicationScoped
public class ReviewConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.delegation-review.every-days", defaultValue = "30")
    int everyDays;

    @Produces
    ReviewPeriod period() {
        return new ReviewPeriod(everyDays);
    }
}
