package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real claimgraph jar as a separate process, the way a user does, and captures what it
 * prints. End-to-end tests use it so that argument parsing, exit codes and messages are the real
 * ones.
 */
final class CliProcess {

  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path JAR = PROJECT.resolve("target/claimgraph.jar");

  /** The outcome of a finished run. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  static List<String> command(Path workDir, String... args) {
    return command(List.of(), args);
  }

  /** The command line, with options for the JVM (such as {@code -Xmx64m}) before the jar. */
  static List<String> command(List<String> jvmOptions, String... args) {
    if (!Files.isRegularFile(JAR)) {
      fail("No " + JAR + ": run 'mvn verify' (it packages the jar before the *IT tests).");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Dclaimgraph.home=" + PROJECT);
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs to completion (at most two minutes) in {@code workDir}. */
  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    return runWithJvm(workDir, List.of(), Duration.ofMinutes(2), args);
  }

  /** Runs to completion in {@code workDir}, in a JVM started with {@code jvmOptions}. */
  static Result runWithJvm(Path workDir, List<String> jvmOptions, Duration limit, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("cg-out", ".txt");
    Path err = Files.createTempFile("cg-err", ".txt");
    try {
      Process p =
          new ProcessBuilder(command(jvmOptions, args))
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("claimgraph " + String.join(" ", args) + " did not finish in " + limit);
      }
      return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** A running {@code claimgraph serve}. */
  static final class Server implements AutoCloseable {
    private static final Pattern UI = Pattern.compile("Web UI\\s+(http://\\S+)");

    final Process process;
    final String baseUrl;
    final StringBuilder output = new StringBuilder();

    private Server(Process process, String baseUrl) {
      this.process = process;
      this.baseUrl = baseUrl;
    }

    /** Starts {@code serve} with {@code args} and waits until it prints its URL. */
    static Server start(Path workDir, Duration wait, String... args) throws IOException {
      List<String> all = new ArrayList<>(List.of(args));
      Process p =
          new ProcessBuilder(command(workDir, all.toArray(String[]::new)))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .start();
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      long deadline = System.nanoTime() + wait.toNanos();
      String line;
      while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
        seen.append(line).append('\n');
        Matcher m = UI.matcher(line);
        if (m.find()) {
          Server server = new Server(p, m.group(1));
          server.output.append(seen);
          Thread drain =
              new Thread(
                  () -> {
                    try {
                      String l;
                      while ((l = lines.readLine()) != null) {
                        synchronized (server.output) {
                          server.output.append(l).append('\n');
                        }
                      }
                    } catch (IOException e) {
                      // The process ended.
                    }
                  });
          drain.setDaemon(true);
          drain.start();
          return server;
        }
      }
      p.destroyForcibly();
      fail("serve did not print its URL in " + wait + "; it printed:\n" + seen);
      return null;
    }

    /** Stops the server as Ctrl-C would (SIGTERM runs the same shutdown hook) and waits for it. */
    int stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("serve did not stop within 30 s of SIGTERM");
      }
      return process.exitValue();
    }

    String output() {
      synchronized (output) {
        return output.toString();
      }
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        stop();
      }
    }
  }
}
