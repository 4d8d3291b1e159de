package org.newskg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The newskg command line in a separate JVM, for tests that need a second process or kill one. */
public final class ChildProcess {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private ChildProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code newskg ARGS...} with this JVM's class path; standard error and output are merged. */
    public static ChildProcess start(String heap, String... args) throws IOException {
        return start(List.of(), heap, args);
    }

    /** As {@link #start(String, String...)}, with JVM options such as {@code -Dname=value} before the class. */
    public static ChildProcess start(List<String> jvmOptions, String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newskg.cli.Main"));
        cmd.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** Waits for an output line containing {@code text}; false when the process ended or time ran out first. */
    public boolean awaitLine(String text, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String l = lines.poll(1, TimeUnit.SECONDS);
            if (l != null) {
                all.add(l);
                if (l.contains(text)) {
                    return true;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                return false;
            }
        }
        return false;
    }

    public long pid() {
        return process.pid();
    }

    /** The child's anonymous resident memory now (heap and native, not mapped files), in bytes (Linux); -1 once it has ended. */
    public long residentBytes() {
        try {
            for (String l : java.nio.file.Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (l.startsWith("RssAnon:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** The child's used Java heap now, in bytes, as {@code jstat -gc} reports it; -1 when it cannot be read. */
    public long heapUsedBytes() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    Long.toString(process.pid())).redirectErrorStream(true).start();
            List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (!p.waitFor(10, TimeUnit.SECONDS) || out.size() < 2) {
                return -1;
            }
            List<String> names = List.of(out.get(0).trim().split("\\s+"));
            String[] values = out.get(1).trim().split("\\s+");
            double kb = 0;
            for (String col : List.of("S0U", "S1U", "EU", "OU")) {
                kb += Double.parseDouble(values[names.indexOf(col)]);
            }
            return (long) (kb * 1024);
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the end and returns the exit code. */
    public int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not end in " + seconds + " s; output: " + output());
        }
        return process.exitValue();
    }

    /** Everything printed so far. */
    public String output() throws InterruptedException {
        Thread.sleep(200);
        lines.drainTo(all);
        return String.join("\n", all);
    }
}
