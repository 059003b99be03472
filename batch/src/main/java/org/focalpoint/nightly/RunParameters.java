package org.focalpoint.nightly;

import jakarta.batch.runtime.context.JobContext;

import java.util.Properties;

/**
 * The run a job execution works for, whether it only reports, and in how many slices of organizations
 * it works: the job-level properties of every job.
 */
public record RunParameters(long run, boolean dryRun, int partitions) {

    public static RunParameters of(JobContext job) {
        Properties properties = job.getProperties();
        return new RunParameters(Long.parseLong(properties.getProperty("run")),
                Boolean.parseBoolean(properties.getProperty("dryRun")),
                Integer.parseInt(properties.getProperty("partitions", "1")));
    }
}
