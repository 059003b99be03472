package org.focalpoint.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When requests are followed up, from the server's configuration (its system properties among its sources). */
@ApplicationScoped
public class FollowUpConfiguration {

    @Inject
    @ConfigProperty(name = FollowUpRule.REMIND_AFTER, defaultValue = "7")
    int remindAfterDays;

    @Inject
    @ConfigProperty(name = FollowUpRule.ESCALATE_AFTER, defaultValue = "14")
    int escalateAfterDays;

    @Produces
    FollowUpRule rule() {
        return new FollowUpRule(remindAfterDays, escalateAfterDays);
    }
}
