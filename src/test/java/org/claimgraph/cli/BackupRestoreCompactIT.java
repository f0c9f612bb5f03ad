package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
