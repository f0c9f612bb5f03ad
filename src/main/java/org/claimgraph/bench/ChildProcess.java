package org.claimgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A process the benchmarks start and time: its output goes to a log file, its peak resident set is
 * read from {@code /proc} while it lives, and it is stopped by its own id.
 */
public final class ChildProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final long started;

  private ChildProcess(Process process, Path log, long started) {
    this.process = process;
    this.log = log;
    this.started = started;
  }

  /** Starts {@code command}, stdout and stderr into {@code log}. */
  public static ChildProcess start(List<String> command, Path log) throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    long started = System.nanoTime();
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildProcess(p, log, started);
  }

  /** Runs {@code command} to its end; fails unless it exits 0. Returns the seconds it took. */
  public static double run(List<String> command, Path log, long timeoutMinutes)
      throws IOException, InterruptedException {
    try (ChildProcess c = start(command, log)) {
      if (!c.process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        throw new IOException("timed out after " + timeoutMinutes + " min: " + command);
      }
      if (c.process.exitValue() != 0) {
        throw new IOException(
            "exit " + c.process.exitValue() + " from " + command.get(0) + "; see " + log);
      }
      return c.seconds();
    }
  }

  public double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  public long pid() {
    return process.pid();
  }

  /** Waits until a line of the log matches, returning it. */
  public String awaitLine(Predicate<String> match, long timeoutSeconds)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (match.test(line)) {
          return line;
        }
      }
      if (!process.isAlive()) {
        throw new IOException("process ended early; see " + log);
      }
      Thread.sleep(50);
    }
    throw new IOException("no matching line after " + timeoutSeconds + " s; see " + log);
  }

  /** Peak resident set of the process so far, in MiB (Linux VmHWM), or -1 when unknown. */
  public long peakRssMib() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(status), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Stops the process (SIGTERM, then SIGKILL after 10 s). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
