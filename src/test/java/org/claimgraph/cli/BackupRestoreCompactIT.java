package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code restore} and {@code compact} through the real jar on real stores. */
class BackupRestoreCompactIT {

  private static final String ARTICLE_GRAPHS = "https://w3id.org/claimgraph/graph/article/";
  private static final Node INFERRED =
      NodeFactory.createURI("https://w3id.org/claimgraph/graph/inferred");

  @TempDir Path work;

  private Path loadedStore() throws Exception {
    Path store = work.resolve("store");
    CliProcess.Result r =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "load",
            CliProcess.PROJECT.resolve("data/articles").toString());
    assertEquals(0, r.exitCode(), r.toString());
    return store;
  }

  @Test
  void aBackupRestoresToTheSameGraphsAndARestoreIsAllOrNothing() throws Exception {
    Path store = loadedStore();
    Path backup = work.resolve("snap.nq.gz");
    CliProcess.Result b =
        CliProcess.run(work, "--store", store.toString(), "backup", "--out", backup.toString());
    assertEquals(0, b.exitCode(), b.toString());
    long quads = StoreDigest.of(store).quads();
    assertTrue(b.out().contains("Backed up " + quads + " quads"), b.out());

    Path copy = work.resolve("copy");
    CliProcess.Result r =
        CliProcess.run(work, "--store", copy.toString(), "restore", backup.toString());
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(isomorphic(store, copy), "the restored store holds the same quads");

    // Not into a store that holds data, unless forced; and then a broken file changes nothing.
    StoreDigest before = StoreDigest.of(copy);
    CliProcess.Result refused =
        CliProcess.run(work, "--store", copy.toString(), "restore", backup.toString());
    assertEquals(1, refused.exitCode(), refused.toString());
    assertTrue(refused.err().contains("is not empty") && refused.err().contains("--force"));
    Path broken = truncatedWithGarbage(backup, work.resolve("broken.nq.gz"));
    CliProcess.Result bad =
        CliProcess.run(work, "--store", copy.toString(), "restore", broken.toString(), "--force");
    assertEquals(1, bad.exitCode(), bad.toString());
    assertTrue(bad.err().contains("not a valid N-Quads backup"), bad.err());
    assertEquals(before, StoreDigest.of(copy), "a failed restore leaves the store as it was");

    CliProcess.Result forced =
        CliProcess.run(work, "--store", copy.toString(), "restore", backup.toString(), "--force");
    assertEquals(0, forced.exitCode(), forced.toString());
    assertEquals(quads, StoreDigest.of(copy).quads());
    assertTrue(isomorphic(store, copy));
  }

  @Test
  void compactionShrinksAGrownStoreAndKeepsItsContent() throws Exception {
    Path store = loadedStore();
    for (int i = 0; i < 3; i++) {
      CliProcess.Result again =
          CliProcess.run(
              work,
              "--store",
              store.toString(),
              "load",
              "--force",
              CliProcess.PROJECT.resolve("data/articles").toString());
      assertEquals(0, again.exitCode(), again.toString());
    }
    long quads = StoreDigest.of(store).quads();
    CliProcess.Result c = CliProcess.run(work, "--store", store.toString(), "compact");
    assertEquals(0, c.exitCode(), c.toString());
    Matcher m = Pattern.compile("([0-9.]+) MB before, ([0-9.]+) MB after").matcher(c.out());
    assertTrue(m.find(), c.out());
    double before = Double.parseDouble(m.group(1));
    double after = Double.parseDouble(m.group(2));
    assertTrue(after < before, c.out());
    assertEquals(quads, StoreDigest.of(store).quads());
    try (var list = Files.list(store)) {
      assertEquals(1, list.filter(p -> p.getFileName().toString().startsWith("Data-")).count());
    }
    System.out.printf("compact: %.1f MB -> %.1f MB%n", before, after);
  }

  @Test
  void backupNeedsAStoreAndAGoodName() throws Exception {
    CliProcess.Result none =
        CliProcess.run(work, "--store", "nowhere", "backup", "--out", "x.nq.gz");
    assertEquals(1, none.exitCode(), none.toString());
    assertTrue(none.err().contains("No store at"), none.err());
    CliProcess.Result name = CliProcess.run(work, "--store", "nowhere", "backup", "--out", "x.txt");
    assertEquals(1, name.exitCode(), name.toString());
    assertTrue(name.err().contains("ends in .nq.gz"), name.err());
    assertFalse(Files.exists(work.resolve("x.txt")));
  }

  @Test
  void aServedStoreIsBackedUpThroughTheServerWhileItLoads() throws Exception {
    Path store = work.resolve("served");
    Path passwords = Files.writeString(work.resolve("writers.txt"), "editor: pw-1, load\n");
    Path articles = GeneratedArticles.write(work.resolve("articles"), 16, 1);
    List<Path> files;
    try (var list = Files.list(articles)) {
      files = list.sorted().toList();
    }
    List<Path> duringLoad = new ArrayList<>();
    Path after = work.resolve("after.nq.gz");
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work,
            Duration.ofSeconds(120),
            "--store",
            store.toString(),
            "serve",
            "--port",
            "0",
            "--password-file",
            passwords.toString())) {
      // The plain backup cannot open a store the server holds, and says in one line what to do.
      Path refused = work.resolve("refused.nq.gz");
      CliProcess.Result locked =
          CliProcess.run(work, "--store", store.toString(), "backup", "--out", refused.toString());
      assertEquals(1, locked.exitCode(), locked.toString());
      assertEquals(1, locked.err().strip().lines().count(), locked.err());
      assertTrue(
          locked.err().contains("in use by process " + server.process.pid())
              && locked.err().contains("backup --server http://127.0.0.1:"),
          locked.err());
      assertFalse(Files.exists(refused));

      // Four batches arrive through the server while backups are taken through it.
      CompletableFuture<Void> loading =
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < files.size(); i += 4) {
                  List<String> args =
                      new ArrayList<>(
                          List.of(
                              "load",
                              "--server",
                              server.baseUrl,
                              "--password-file",
                              passwords.toString()));
                  files.subList(i, i + 4).forEach(f -> args.add(f.toString()));
                  try {
                    CliProcess.Result r = CliProcess.run(work, args.toArray(String[]::new));
                    assertEquals(0, r.exitCode(), r.toString());
                  } catch (Exception e) {
                    throw new RuntimeException(e);
                  }
                }
              });
      while (!loading.isDone() && duringLoad.size() < 4) {
        Path b = work.resolve("during-" + duringLoad.size() + ".nq.gz");
        CliProcess.Result r =
            CliProcess.run(work, "backup", "--server", server.baseUrl, "--out", b.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("Backed up "), r.out());
        duringLoad.add(b);
      }
      loading.get();
      // Just after the load: the backup must hold exactly what the server holds.
      CliProcess.Result r =
          CliProcess.run(work, "backup", "--server", server.baseUrl, "--out", after.toString());
      assertEquals(0, r.exitCode(), r.toString());
      CliProcess.Result unreachable =
          CliProcess.run(work, "backup", "--server", "http://127.0.0.1:9", "--out", "never.nq.gz");
      assertEquals(1, unreachable.exitCode(), unreachable.toString());
      assertTrue(unreachable.err().contains("Cannot reach the server"), unreachable.err());
    }
    Path restored = restored(after, "restored-after");
    assertTrue(isomorphic(store, restored), "the online backup restores to the served store");

    // Taken while batches were being written: each is one consistent moment. Every article graph
    // in it is whole (as in the final store), and its derivations follow from its articles (run
    // the rules again and the inferred graph does not change).
    DatasetGraph last = inMemory(store);
    List<Long> articleCounts = new ArrayList<>();
    for (Path b : duringLoad) {
      Path copy = restored(b, "restored-" + b.getFileName().toString().replace(".nq.gz", ""));
      DatasetGraph before = inMemory(copy);
      long held = 0;
      for (Node g : Iter.toList(before.listGraphNodes())) {
        if (g.getURI().startsWith(ARTICLE_GRAPHS)) {
          held++;
          assertTrue(
              before.getGraph(g).isIsomorphicWith(last.getGraph(g)), b + ": whole graph " + g);
        }
      }
      articleCounts.add(held);
      CliProcess.Result derive = CliProcess.run(work, "--store", copy.toString(), "derive");
      assertEquals(0, derive.exitCode(), derive.toString());
      assertTrue(
          inMemory(copy).getGraph(INFERRED).isIsomorphicWith(before.getGraph(INFERRED)),
          b + ": its derivations match its articles");
    }
    assertTrue(articleCounts.stream().allMatch(n -> n >= 1 && n <= 1 + files.size()));
    System.out.printf(
        "online backup: %d backups while 16 articles loaded in 4 batches held %s article graphs,"
            + " each consistent; the one just after restores isomorphic to the served store%n",
        duringLoad.size(), articleCounts);
  }

  private Path restored(Path backup, String name) throws Exception {
    Path copy = work.resolve(name);
    CliProcess.Result r =
        CliProcess.run(work, "--store", copy.toString(), "restore", backup.toString());
    assertEquals(0, r.exitCode(), r.toString());
    return copy;
  }

  private static Path truncatedWithGarbage(Path backup, Path out) throws Exception {
    byte[] all;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
      all = in.readAllBytes();
    }
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
      o.write(all, 0, all.length / 2);
      o.write("\n<broken> <line\n".getBytes());
    }
    return out;
  }

  private static boolean isomorphic(Path a, Path b) {
    return IsoMatcher.isomorphic(inMemory(a), inMemory(b));
  }

  private static DatasetGraph inMemory(Path store) {
    DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
    try {
      DatasetGraph copy = DatasetGraphFactory.createGeneral();
      Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(copy::add));
      return copy;
    } finally {
      TDBInternal.expel(tdb);
    }
  }
}
