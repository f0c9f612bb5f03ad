package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Compacts a store: TDB2 never reuses the space of replaced graphs, so a store that reloads
 * articles grows; compaction writes a fresh generation ({@code Data-NNNN}) and deletes the old one.
 */
public final class StoreCompaction {

  /**
   * Disk use before and after, in bytes.
   *
   * @param before bytes the store folder used before
   * @param after bytes it uses now
   */
  public record Result(long before, long after) {}

  private StoreCompaction() {}

  public static Result compact(TdbStore store) {
    long before = diskBytes(store.location());
    DatabaseMgr.compact(store.dataset(), true);
    return new Result(before, diskBytes(store.location()));
  }

  /**
   * Bytes the files under {@code folder} occupy on disk. TDB2's index files are sparse (8 MB
   * apiece, mostly holes), so their lengths say little; {@code du} counts the blocks really used.
   * Where {@code du} is missing, the files' lengths are the answer.
   */
  public static long diskBytes(Path folder) {
    try {
      Process du =
          new ProcessBuilder("du", "-sk", folder.toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(du.getInputStream().readAllBytes()).strip();
      if (du.waitFor() == 0 && out.matches("\\d+\\s.*")) {
        return Long.parseLong(out.split("\\s")[0]) * 1024;
      }
    } catch (IOException e) {
      // no du here: fall back to lengths
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return fileLengths(folder);
  }

  private static long fileLengths(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).mapToLong(StoreCompaction::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // removed while we walked: compaction deleting the old generation
    }
  }
}
