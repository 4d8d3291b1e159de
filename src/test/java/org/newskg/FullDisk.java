package org.newskg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs newskg commands, each in its own JVM, with a small tmpfs mounted on a folder: a disk that fills up,
 * for the fault tests. The mount lives in a private mount namespace ({@code unshare -m}, which needs root,
 * as in CI), so the commands of one call share it and nothing outside sees it.
 */
public final class FullDisk {
    /** One command's exit code and output (standard output and error together). */
    public record Run(int exit, String output) {
        /** The output without the JVM's and TDB2's own progress lines, for "one line" checks. */
        public List<String> lines() {
            return output.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private FullDisk() {
    }

    /** True when this machine lets a test mount a tmpfs in a private namespace. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Mounts a tmpfs of {@code megabytes} on {@code mount} (which must exist) and runs each command line
     * ({@code newskg} arguments; a first element starting with {@code -D} or {@code -X} is a JVM option; a
     * single element starting with {@code !} is a shell command, such as {@code !ls -A DIR}).
     */
    public static List<Run> run(Path mount, int megabytes, List<List<String>> commands) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder script = new StringBuilder("mount -t tmpfs -o size=" + megabytes + "m tmpfs " + quote(mount.toString())
                + " || exit 97\n");
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).size() == 1 && commands.get(i).get(0).startsWith("!")) {
                script.append("echo '@@begin ").append(i).append("'\n").append(commands.get(i).get(0).substring(1))
                        .append(" 2>&1\necho \"@@exit ").append(i).append(" $?\"\n");
                continue;
            }
            List<String> jvm = new ArrayList<>(List.of(java, "-Xmx512m"));
            List<String> args = new ArrayList<>();
            for (String a : commands.get(i)) {
                (args.isEmpty() && (a.startsWith("-D") || a.startsWith("-X")) ? jvm : args).add(a);
            }
            jvm.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newskg.cli.Main"));
            jvm.addAll(args);
            script.append("echo '@@begin ").append(i).append("'\n");
            for (String part : jvm) {
                script.append(quote(part)).append(' ');
            }
            script.append("2>&1\necho \"@@exit ").append(i).append(" $?\"\n");
        }
        Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the commands did not end: " + out);
        }
        List<Run> runs = new ArrayList<>();
        Matcher m = Pattern.compile("@@begin (\\d+)\\n(.*?)@@exit \\1 (\\d+)", Pattern.DOTALL).matcher(out);
        while (m.find()) {
            runs.add(new Run(Integer.parseInt(m.group(3)), m.group(2)));
        }
        if (runs.size() != commands.size()) {
            throw new AssertionError("expected " + commands.size() + " runs: " + out);
        }
        return runs;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
