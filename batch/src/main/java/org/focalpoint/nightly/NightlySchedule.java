package org.focalpoint.nightly;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.focalpoint.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs at {@code -Dfocalpoint.nightly.at} (HH:mm, server time; 02:30 unless set),
 * and on start-up restarts the runs a crash of this node interrupted. The timer is not persistent:
 * a night missed while the server was down is not caught up twice. In a cluster every node's timer
 * fires; the job's guard in the database lets one node run it, and a node that finds tonight's run
 * already started by another leaves it.
 */
@Singleton
@Startup
@DependsOn("focalpoint-ejb.jar#SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlySchedule {
    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "focalpoint.nightly.at", defaultValue = "02:30")
    private String nightlyAt;


    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private JobLauncher launcher;

    @EJB
    private JobRuns runs;

    @PostConstruct
    void scheduleAndRecover() {
        LocalTime at = LocalTime.parse(nightlyAt);
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()),
                new TimerConfig("nightly jobs", false));
        for (JobRun interrupted : runs.interrupted()) {
            runs.interruptedByCrash(interrupted.getId());
            try {
                launcher.restart(null, interrupted.getId());
                LOG.info(() -> "Restarted run " + interrupted.getId() + " of " + interrupted.getJobName()
                        + ", interrupted when the server stopped");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not restart run " + interrupted.getId() + " of "
                        + interrupted.getJobName() + "; staff can restart it from the Nightly jobs page", e);
            }
        }
    }

    @Timeout
    void runTonight() {
        Instant tonight = clock.instant().minus(Duration.ofHours(12));
        for (NightlyJob job : NightlyJob.values()) {
            if (runs.scheduledSince(job, tonight)) {
                LOG.info(() -> job.id() + " was already started tonight by another node");
                continue;
            }
            try {
                launcher.start(null, job, false);
            } catch (RuleViolation refused) {
                LOG.warning(() -> job.id() + " not started tonight: " + refused.getMessage());
            }
        }
    }
}
