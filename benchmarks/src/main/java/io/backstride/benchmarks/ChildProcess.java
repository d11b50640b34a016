package io.backstride.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the benchmark starts (broker, database, service): its output goes to a log file, it is stopped with SIGTERM
 * (then SIGKILL after 30 s) by its own pid, and its memory and CPU are read from {@code /proc} and {@code jcmd}.
 */
final class ChildProcess {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final long CLOCK_TICKS = 100;

    final String name;
    final Process process;
    final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        return new ChildProcess(name, builder.start(), log);
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the log holds the line, failing early when the process exits. */
    void awaitLog(String line, Duration timeout) throws InterruptedException {
        await(() -> logText().contains(line), timeout, "'" + line + "' in " + log);
    }

    void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while waiting for " + what
                        + "; end of its log:\n" + tail(40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": no " + what + " within " + timeout.toSeconds() + " s; end of its log:\n"
                        + tail(40));
            }
            Thread.sleep(250);
        }
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail(int lines) {
        String[] all = logText().split("\n");
        return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
    }

    /** {@code VmRSS} and {@code VmHWM} (peak) in MiB, or -1 when the process is gone. */
    long[] residentMiB() {
        try {
            long rss = -1;
            long hwm = -1;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kib(line) / 1024;
                }
            }
            return new long[] {rss, hwm};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    /** User + system CPU seconds used so far. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Heap in use after a full collection, in MiB (jcmd GC.run, then GC.heap_info); -1 when jcmd fails. */
    long liveHeapMiB() {
        try {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            long usedKib = 0;
            boolean found = false;
            for (String line : info.split("\n")) {
                Matcher m = HEAP_USED.matcher(line);
                // one line per generation or heap: "DefNew     total 19648K, used 8117K [...", "Tenured    total ...",
                // " garbage-first heap   total reserved 3145728K, committed 65536K, used 30000K [..."; not Metaspace
                if (line.contains("total") && !line.contains("Metaspace") && !line.contains("class space") && m.find()) {
                    usedKib += Long.parseLong(m.group(1));
                    found = true;
                }
            }
            return found ? usedKib / 1024 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** SIGTERM, then SIGKILL after 30 s; only this process (its own pid). */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** The children of one run, stopped in reverse start order (service before its broker and database). */
    static final class Group {

        private final List<ChildProcess> started = new ArrayList<>();

        synchronized ChildProcess add(ChildProcess child) {
            started.add(child);
            return child;
        }

        synchronized void stopAll() {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).stop();
            }
            started.clear();
        }
    }
}
