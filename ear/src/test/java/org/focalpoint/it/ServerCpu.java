package org.focalpoint.it;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * The CPU time the application server has used, for the benchmarks: on a shared machine a time
 * says as much about the other processes as about the application, its CPU time does not.
 */
final class ServerCpu {

    private ServerCpu() {
    }

    /** Nanoseconds of CPU time this server's process has used (the JDK's attribute, named so as not to depend on its classes). */
    static long used() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
