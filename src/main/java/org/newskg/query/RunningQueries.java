package org.newskg.query;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.NotificationEmitter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries under way in this JVM, by their cancel signals, and the guard that cancels the long ones when
 * the heap runs short. Sorts and {@code DISTINCT} spill to disk past a bound, but groupings and other
 * operators keep what they gather in memory; when the old generation is still more than {@link #PRESSURE}
 * full after a collection, every query that has run for over {@link #GRACE_MILLIS} is cancelled, so one
 * query cannot take the heap that the others, and ingest, need.
 */
public final class RunningQueries {
    static final double PRESSURE = 0.80;
    static final long GRACE_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(RunningQueries.class);
    private static final Map<AtomicBoolean, Long> STARTED = new WeakHashMap<>();
    /** The query each thread is running, for the server to cancel one whose client has gone. */
    private static final Map<Thread, AtomicBoolean> BY_THREAD = new WeakHashMap<>();
    private static boolean watching;

    private RunningQueries() {
    }

    /** Records a query's start; its entry goes when its signal is no longer referenced. */
    static synchronized void started(AtomicBoolean signal) {
        if (signal != null) {
            STARTED.putIfAbsent(signal, System.currentTimeMillis());
            BY_THREAD.put(Thread.currentThread(), signal);
        }
        watchHeap();
    }

    /**
     * Cancels the query that {@code thread} is running, if it started after {@code since} (so that a query the
     * thread ran for an earlier request is left alone); returns whether there was one.
     */
    public static synchronized boolean cancel(Thread thread, long since) {
        AtomicBoolean signal = BY_THREAD.get(thread);
        Long t0 = signal == null ? null : STARTED.get(signal);
        if (t0 == null || t0 < since || signal.get()) {
            return false;
        }
        signal.set(true);
        return true;
    }

    /** True when {@code thread} is running a query that started after {@code since}. */
    public static synchronized boolean running(Thread thread, long since) {
        AtomicBoolean signal = BY_THREAD.get(thread);
        Long t0 = signal == null ? null : STARTED.get(signal);
        return t0 != null && t0 >= since && !signal.get();
    }

    /** Cancels the queries that have run longer than {@code graceMillis}; returns how many. */
    static synchronized int cancelOlderThan(long graceMillis) {
        long now = System.currentTimeMillis();
        List<AtomicBoolean> old = new ArrayList<>();
        STARTED.forEach((signal, t0) -> {
            if (!signal.get() && now - t0 > graceMillis) {
                old.add(signal);
            }
        });
        old.forEach(s -> s.set(true));
        return old.size();
    }

    /** Asks the old generation's pool to report when it stays above the pressure mark after a collection. */
    private static void watchHeap() {
        if (watching) {
            return;
        }
        watching = true;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0 && isOldGeneration(pool.getName())) {
                pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * PRESSURE));
            }
        }
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((n, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
                int cancelled = cancelOlderThan(GRACE_MILLIS);
                if (cancelled > 0) {
                    LOG.warn("the heap is over {}% full: cancelled {} long-running queries", (int) (PRESSURE * 100),
                            cancelled);
                }
            }
        }, null, null);
    }

    private static boolean isOldGeneration(String pool) {
        return pool.contains("Old Gen") || pool.contains("Tenured") || pool.equals("G1 Old Gen");
    }
}
