package org.newskg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.newskg.NewskgException;

/**
 * Runs a main class in a fresh JVM with this JVM's java, class path, heap, GC and JIT flags, and records when
 * each line of its output appeared and the highest resident memory it reached ({@code VmHWM}, polled).
 * Everything it prints is also kept in a log file for a look afterwards.
 */
final class ChildJvm {
    /** A line of output and when it appeared, in nanoseconds after the process was started. */
    record Line(long at, String text) {
    }

    /**
     * A finished child: its lines, wall time, peak resident memory (bytes; 0 where unknown), CPU seconds used
     * (user and system, all threads; 0 where unknown), exit code.
     */
    record Run(List<Line> lines, long wallNanos, long peakRss, double cpuSeconds, int exit) {
        List<Line> matching(Predicate<String> p) {
            return lines.stream().filter(l -> p.test(l.text())).toList();
        }
    }

    private ChildJvm() {
    }

    /** The flags of this JVM that every run gets too: heap, GC, JIT and logging. */
    static List<String> forwardedFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:") || a.startsWith("-Dorg.slf4j"))
                .toList();
    }

    static Run run(String mainClass, List<String> args, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(forwardedFlags());
        cmd.add("-D" + org.newskg.nlp.StageTimes.PROPERTY + "=true");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        List<Line> lines = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            long[] peak = {0};
            double[] cpu = {0};
            Thread poll = new Thread(() -> {
                while (p.isAlive()) {
                    peak[0] = Math.max(peak[0], highWaterMark(p.pid()));
                    cpu[0] = Math.max(cpu[0], cpuSeconds(p.pid()));
                    sleep(100);
                }
            }, "newskg-bench-rss");
            poll.setDaemon(true);
            poll.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                 var out = Files.newBufferedWriter(log)) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(new Line(System.nanoTime() - t0, line));
                    out.write(line);
                    out.newLine();
                }
            }
            int exit = p.waitFor();
            long wall = System.nanoTime() - t0;
            poll.join();
            return new Run(List.copyOf(lines), wall, peak[0], cpu[0], exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewskgException("benchmark interrupted");
        }
    }

    /** VmHWM of a live process in bytes (Linux); 0 elsewhere. */
    private static long highWaterMark(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended, or this is not Linux
        }
        return 0;
    }

    /** User plus system CPU time of a live process so far, from /proc/PID/stat (Linux, 100 ticks a second). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
