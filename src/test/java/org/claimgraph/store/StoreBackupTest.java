package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RiotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copying a snapshot that arrives as a stream (a server's N-Quads) into a backup file. */
class StoreBackupTest {

  private static final String QUADS =
      "<urn:x:s> <urn:x:p> \"one\" <urn:x:g> .\n_:b <urn:x:p> <urn:x:o> <urn:x:g> .\n";

  @TempDir Path dir;

  @Test
  void aWholeSnapshotBecomesABackupThatRestores() throws Exception {
    Path out = dir.resolve("ok.nq.gz");
    assertEquals(2, StoreBackup.copy(stream(QUADS), out));
    try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
      assertEquals(2, StoreBackup.restore(store, out, false));
    }
  }

  @Test
  void aSnapshotThatBreaksOffOrIsNotNQuadsLeavesNoFile() throws Exception {
    Path out = dir.resolve("broken.nq.gz");
    InputStream breaksOff =
        new SequenceInputStream(
            stream(QUADS),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("connection reset");
              }
            });
    IOException broke = assertThrows(IOException.class, () -> StoreBackup.copy(breaksOff, out));
    assertTrue(broke.getMessage().contains("broke off: connection reset"), broke.getMessage());
    assertThrows(
        RiotException.class, () -> StoreBackup.copy(stream(QUADS + "<html>oops</html>\n"), out));
    try (var left = Files.list(dir)) {
      assertTrue(left.findAny().isEmpty(), "neither the backup nor a partial file is left");
    }
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
