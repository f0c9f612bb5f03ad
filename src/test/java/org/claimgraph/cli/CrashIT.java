package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes: the loader killed with SIGKILL at random moments, many times, never leaves a store that
 * does not open or an article graph that is partial; a server killed the same way leaves a stale
 * lock that the next process recovers.
 */
class CrashIT {

  private static final String ARTICLE_GRAPHS = "https://w3id.org/claimgraph/graph/article/";
  private static final Node CONTENT_HASH =
      NodeFactory.createURI("https://w3id.org/claimgraph/ontology#contentHash");
  private static final int ARTICLES = 10;

  /** Kills to attempt; 30 by default. The loop also stops after {@link #BUDGET}. */
  private static final int KILLS = Integer.getInteger("claimgraph.crash.kills", 30);

  private static final Duration BUDGET =
      Duration.ofSeconds(Long.getLong("claimgraph.crash.seconds", 240));

  @TempDir Path work;

  /** Per article graph: content hash → triple count. */
  private record Snapshot(Map<String, String> hashes, Map<String, Long> counts) {}

  @Test
  void theLoaderKilledAtRandomLeavesOnlyWholeArticles() throws Exception {
    // Two versions of the same articles, loaded in turn, so that every run replaces graphs.
    Path[] versions = {
      GeneratedArticles.write(work.resolve("v0"), ARTICLES, 0),
      GeneratedArticles.write(work.resolve("v1"), ARTICLES, 1)
    };
    Map<String, Long> expected = new HashMap<>(); // content hash → triple count
    Map<String, Integer> versionOf = new HashMap<>(); // content hash → version
    long referenceMillis = 0;
    for (int v = 0; v < 2; v++) {
      Path ref = work.resolve("reference-" + v);
      long t = System.nanoTime();
      CliProcess.Result r =
          CliProcess.run(work, "--store", ref.toString(), "load", versions[v].toString());
      referenceMillis = Math.max(referenceMillis, (System.nanoTime() - t) / 1_000_000);
      assertEquals(0, r.exitCode(), r.toString());
      Snapshot s = snapshot(ref);
      assertEquals(ARTICLES, s.counts().size());
      int version = v;
      s.hashes().forEach((g, h) -> expected.put(h, s.counts().get(g)));
      s.hashes().values().forEach(h -> versionOf.put(h, version));
    }
    assertEquals(2 * ARTICLES, expected.size(), "each version's texts differ");

    Path store = work.resolve("store");
    Random random = new Random(8);
    long deadline = System.nanoTime() + BUDGET.toNanos();
    int kills = 0;
    int committedBeforeKill = 0; // runs after which the store held the new version
    int finished = 0;
    Path log = work.resolve("load.log");
    Snapshot before = new Snapshot(Map.of(), Map.of());
    int next = 0;
    for (int i = 0; i < KILLS && System.nanoTime() < deadline; i++) {
      Process p =
          new ProcessBuilder(
                  CliProcess.command(
                      work, "--store", store.toString(), "load", versions[next].toString()))
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      // Every other run anywhere from JVM start-up to just after the whole load would have
      // finished; the others in its second half, where extraction ends and the batch is written.
      double from = i % 2 == 0 ? 0.0 : 0.6;
      long delay = 200 + (long) ((from + random.nextDouble() * (1.1 - from)) * referenceMillis);
      if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no clean close
        kills++;
      } else {
        finished++;
        assertEquals(
            0, p.exitValue(), "a run that was not killed succeeds:\n" + Files.readString(log));
      }
      p.waitFor(30, TimeUnit.SECONDS);
      Snapshot after = snapshot(store); // the store must open, and hold only whole articles
      after
          .hashes()
          .forEach(
              (graph, hash) -> {
                assertTrue(
                    expected.containsKey(hash), graph + " has an unknown content hash " + hash);
                assertEquals(expected.get(hash), after.counts().get(graph), graph + " is partial");
              });
      after
          .counts()
          .keySet()
          .forEach(g -> assertTrue(after.hashes().containsKey(g), g + " has no content hash"));
      // The batch is one transaction: all articles of one version, or none.
      var present = after.hashes().values().stream().map(versionOf::get).distinct().toList();
      assertTrue(present.size() <= 1, "articles of both versions side by side: " + present);
      assertTrue(
          after.counts().isEmpty() || after.counts().size() == ARTICLES,
          "a whole batch or nothing: " + after.counts().size());
      if (!after.hashes().equals(before.hashes())) {
        committedBeforeKill++;
      }
      // Always load the version the store does not hold, so every completed run changes it.
      next = present.isEmpty() ? 0 : 1 - present.get(0);
      before = after;
    }
    assertTrue(kills >= 10, "at least ten kills happened: " + kills);
    // A rerun completes and leaves every article whole.
    CliProcess.Result rerun =
        CliProcess.run(work, "--store", store.toString(), "load", versions[0].toString());
    assertEquals(0, rerun.exitCode(), rerun.toString());
    Snapshot last = snapshot(store);
    assertEquals(ARTICLES, last.counts().size());
    last.hashes().forEach((g, h) -> assertEquals(expected.get(h), last.counts().get(g)));
    System.out.printf(
        "crash: %d SIGKILLs survived, %d runs finished; %d runs committed (so %d were killed after"
            + " their commit); reference load %d ms%n",
        kills, finished, committedBeforeKill, committedBeforeKill - finished, referenceMillis);
  }

  @Test
  void aStaleLockFromAKilledServerIsRecovered() throws Exception {
    Path store = work.resolve("store");
    CliProcess.Server server =
        CliProcess.Server.start(
            work, Duration.ofSeconds(120), "--store", store.toString(), "serve", "--port", "0");
    long pid = server.process.pid();
    server.process.destroyForcibly();
    assertTrue(server.process.waitFor(30, TimeUnit.SECONDS));
    assertTrue(
        Files.readString(store.resolve("tdb.lock")).contains(String.valueOf(pid)),
        "the dead server's lock file is still there");
    CliProcess.Result stats = CliProcess.run(work, "--store", store.toString(), "stats");
    assertEquals(0, stats.exitCode(), stats.toString());
    assertTrue(stats.out().contains("Articles   1"), stats.out());
  }

  private static Snapshot snapshot(Path store) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
    try {
      return Txn.calculateRead(
          dsg,
          () -> {
            Map<String, String> hashes = new HashMap<>();
            Map<String, Long> counts = new HashMap<>();
            dsg.listGraphNodes()
                .forEachRemaining(
                    g -> {
                      if (!g.getURI().startsWith(ARTICLE_GRAPHS)) {
                        return;
                      }
                      counts.put(g.getURI(), (long) dsg.getGraph(g).size());
                      dsg.find(g, Node.ANY, CONTENT_HASH, Node.ANY)
                          .forEachRemaining(
                              q -> hashes.put(g.getURI(), q.getObject().getLiteralLexicalForm()));
                    });
            return new Snapshot(hashes, counts);
          });
    } finally {
      TDBInternal.expel(dsg);
    }
  }
}
