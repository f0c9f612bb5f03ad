package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent RDF parsers, run as the separate programs they are: Debian's {@code rapper}
 * (raptor2-utils) and Python's rdflib (python3-rdflib). {@code ./test.sh} installs both.
 */
final class RdfClients {

  private static final Path RAPPER = Path.of("/usr/bin/rapper");
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Path SCRIPT =
      CliProcess.PROJECT.resolve("src/test/resources/rdf-clients/count_triples.py");
  private static final Path SAME_SCRIPT =
      CliProcess.PROJECT.resolve("src/test/resources/rdf-clients/same_rdf.py");
  private static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) triples");

  private RdfClients() {}

  /** What rapper counts in {@code file}, parsed as {@code syntax} (turtle, nquads, trig, …). */
  static long rapperCount(Path file, String syntax) throws IOException, InterruptedException {
    if (!Files.isExecutable(RAPPER)) {
      fail("rapper is missing: run ./test.sh, or apt-get install raptor2-utils.");
    }
    String err = run(List.of(RAPPER.toString(), "-c", "-i", syntax, file.toString()), true);
    Matcher m = RAPPER_COUNT.matcher(err);
    if (!m.find()) {
      fail("rapper did not report a count for " + file + ":\n" + err);
    }
    return Long.parseLong(m.group(1));
  }

  /** What rdflib counts in {@code file}, parsed as {@code format} (turtle, nt, json-ld, …). */
  static long rdflibCount(Path file, String format) throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      fail("Debian's python3 is missing: run ./test.sh, or apt-get install python3-rdflib.");
    }
    String out = run(List.of(PYTHON.toString(), SCRIPT.toString(), format, file.toString()), false);
    try {
      return Long.parseLong(out.strip());
    } catch (NumberFormatException e) {
      fail("rdflib did not count " + file + " (apt-get install python3-rdflib?):\n" + out);
      return -1;
    }
  }

  /**
   * What rdflib says of two files: "same …" when they hold isomorphic graphs (each named graph with
   * its namesake), else what differs.
   */
  static String rdflibCompare(Path a, String formatA, Path b, String formatB)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      fail("Debian's python3 is missing: run ./test.sh, or apt-get install python3-rdflib.");
    }
    Path out = Files.createTempFile("rdf-client", ".txt");
    try {
      Process p =
          new ProcessBuilder(
                  PYTHON.toString(),
                  SAME_SCRIPT.toString(),
                  formatA,
                  a.toString(),
                  formatB,
                  b.toString())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("rdflib did not compare " + a + " and " + b + " in five minutes");
      }
      return Files.readString(out, StandardCharsets.UTF_8).strip();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static String run(List<String> command, boolean stderr)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("rdf-client", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command);
      if (stderr) {
        pb.redirectError(out.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      } else {
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
      }
      Process p = pb.start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(String.join(" ", command) + " did not finish in two minutes");
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + text);
      return text;
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
