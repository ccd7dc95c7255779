package ai.fvgs.production;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Processor time of threads, in nanoseconds; 0 where the JVM does not measure it. */
final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported();

    private CpuClock() {
    }

    /** @return processor time the calling thread has used so far */
    static long currentThread() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** @return processor time used so far by all live threads of the JVM (threads that have ended are not counted) */
    static long allThreads() {
        if (!SUPPORTED) {
            return 0;
        }
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }
}
