package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors users hit, each one clear line on stderr and a non-zero exit, through the real jar:
 * port in use, store locked, store not usable, unknown query, query syntax error, config that does
 * not parse.
 */
class CliErrorsIT {

  @TempDir Path work;

  private static void assertOneLineError(CliProcess.Result r, String... fragments) {
    assertEquals(1, r.exitCode(), r.toString());
    String[] lines = r.err().strip().split("\n");
    String message = lines[lines.length - 1];
    assertTrue(message.startsWith("claimgraph: "), r.toString());
    for (String f : fragments) {
      assertTrue(message.contains(f), "expected '" + f + "' in: " + message);
    }
    assertTrue(!r.err().contains("\tat "), "no stack trace without --verbose:\n" + r.err());
  }

  @Test
  void portInUse() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      CliProcess.Result r =
          CliProcess.run(
              work, "--store", "s", "serve", "--port", String.valueOf(port), "--no-samples");
      assertOneLineError(r, "Port " + port, "already in use", "--port");
    }
  }

  @Test
  void storeLockedByARunningServer() throws Exception {
    Path store = work.resolve("locked");
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work, Duration.ofSeconds(90), "--store", store.toString(), "serve", "--port", "0")) {
      CliProcess.Result r = CliProcess.run(work, "--store", store.toString(), "stats");
      assertOneLineError(r, "in use by process " + server.process.pid(), "stop that process");
    }
    // Once the server is gone, the same command works.
    CliProcess.Result after = CliProcess.run(work, "--store", store.toString(), "stats");
    assertEquals(0, after.exitCode(), after.toString());
    assertTrue(after.out().contains("Articles   1"), after.out());
  }

  @Test
  void storeThatIsAFileOrCannotBeCreated() throws Exception {
    Path file = Files.writeString(work.resolve("plain-file"), "x");
    assertOneLineError(
        CliProcess.run(work, "--store", file.toString(), "load", "x.txt"),
        "is a file, not a folder");
    assertOneLineError(
        CliProcess.run(
            work,
            "--store",
            file.resolve("sub").toString(),
            "load",
            CliProcess.PROJECT.resolve("data/articles").toString()),
        "Cannot create the store folder");
  }

  @Test
  void missingStoreForReading() throws Exception {
    assertOneLineError(
        CliProcess.run(work, "--store", "nowhere", "stats"), "No store at", "claimgraph load");
  }

  @Test
  void unknownQueryNameAndSyntaxError() throws Exception {
    Path store = work.resolve("store");
    CliProcess.Result load =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "load",
            CliProcess.PROJECT.resolve("data/articles").toString());
    assertEquals(0, load.exitCode(), load.toString());

    assertOneLineError(
        CliProcess.run(work, "--store", store.toString(), "query", "no-such-question"),
        "No query file or named query 'no-such-question'");

    Path bad = Files.writeString(work.resolve("bad.rq"), "SELECT ?s\nWHERE { ?s ?p }\n");
    assertOneLineError(
        CliProcess.run(work, "--store", store.toString(), "query", bad.toString()),
        "not a valid SPARQL query",
        "line 2, column");
  }

  @Test
  void configThatDoesNotParse() throws Exception {
    Path config = Files.writeString(work.resolve("broken.ttl"), "@prefix : <#> .\n:a :b \n");
    assertOneLineError(
        CliProcess.run(work, "serve", "--config", config.toString(), "--port", "0"),
        "broken.ttl",
        "does not parse",
        "line: 3");
  }

  @Test
  void badArgumentsPointToHelp() throws Exception {
    CliProcess.Result r = CliProcess.run(work, "query");
    assertEquals(1, r.exitCode(), r.toString());
    assertTrue(r.err().contains("Missing required parameter"), r.err());
    assertTrue(r.err().contains("claimgraph query --help"), r.err());
  }

  @Test
  void helpAndVersion() throws Exception {
    CliProcess.Result help = CliProcess.run(work, "--help");
    assertEquals(0, help.exitCode());
    for (String command :
        new String[] {"serve", "load", "query", "stats", "backup", "restore", "compact"}) {
      assertTrue(help.out().contains(command), help.out());
      CliProcess.Result sub = CliProcess.run(work, command, "--help");
      assertEquals(0, sub.exitCode(), sub.toString());
      assertTrue(sub.out().startsWith("Usage: claimgraph " + command), sub.out());
    }
    CliProcess.Result version = CliProcess.run(work, "--version");
    assertTrue(version.out().contains("Apache Jena 5.6.0"), version.out());
  }
}
