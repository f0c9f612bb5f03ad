package org.claimgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.claimgraph.store.TdbStore;

/** Writes every quad of a store as N-Quads: the same data for Jena's own loader and the peer. */
public final class NQuadsDump {

  private NQuadsDump() {}

  /** Writes the store in {@code folder} to {@code out}; returns the number of quads. */
  public static long write(Path folder, Path out) throws IOException {
    try (TdbStore store = TdbStore.open(folder);
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      return store.read(
          dsg -> {
            AtomicLong n = new AtomicLong();
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            w.start();
            dsg.find()
                .forEachRemaining(
                    q -> {
                      w.quad(q);
                      n.incrementAndGet();
                    });
            w.finish();
            return n.get();
          });
    }
  }
}
