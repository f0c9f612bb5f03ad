package org.claimgraph.store;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Backs up a store to gzipped N-Quads and restores one from it. A backup is one read transaction,
 * so it is a consistent snapshot; a restore is one write transaction, so a file that fails to parse
 * half-way leaves the store as it was.
 */
public final class StoreBackup {

  private StoreBackup() {}

  /**
   * Writes every quad of {@code store} to {@code out} (gzip-compressed N-Quads). The file appears
   * under its name only when complete: it is written beside it and moved into place.
   *
   * @return the number of quads written
   */
  public static long backup(TdbStore store, Path out) throws IOException {
    return writeAtomically(out, gzip -> writeSnapshot(store.dataset(), gzip));
  }

  /**
   * Writes the N-Quads read from {@code nquads} (a snapshot another process took, such as a running
   * server's) to {@code out} as a backup, checking every line as it goes: input that does not parse
   * or breaks off leaves no file.
   *
   * @return the number of quads written
   * @throws RiotException when the input is not N-Quads
   * @throws IOException when reading the input breaks off or the file cannot be written ({@code
   *     out} is not created in any of these cases)
   */
  public static long copy(InputStream nquads, Path out) throws IOException {
    // The parser wraps a failing read in its own exception; remember the failure to report the
    // input breaking off as such, not as bad syntax.
    ReadFailure source = new ReadFailure(nquads);
    try {
      return writeAtomically(out, gzip -> copyParsed(source, gzip));
    } catch (RuntimeException e) {
      if (source.failure != null) {
        throw new IOException("the input broke off: " + source.failure.getMessage(), e);
      }
      throw e;
    }
  }

  private static long copyParsed(InputStream nquads, OutputStream gzip) {
    AtomicLong count = new AtomicLong();
    StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, Lang.NQUADS);
    writer.start();
    RDFParser.source(nquads)
        .lang(Lang.NQUADS)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(
            new StreamRDFWrapper(writer) {
              @Override
              public void quad(Quad quad) {
                count.incrementAndGet();
                super.quad(quad);
              }

              @Override
              public void start() {
                // started above
              }

              @Override
              public void finish() {
                // finished below, once the whole input parsed
              }
            });
    writer.finish();
    return count.get();
  }

  /** An input stream that remembers the first read that failed. */
  private static final class ReadFailure extends FilterInputStream {
    IOException failure;

    ReadFailure(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }

  /** Something that writes a backup's quads into a stream and counts them. */
  private interface QuadWriter {
    long write(OutputStream gzip) throws IOException;
  }

  /**
   * Writes {@code out} through gzip beside it and moves it into place only when complete, so a
   * backup file is whole or absent.
   */
  private static long writeAtomically(Path out, QuadWriter writer) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, "." + target.getFileName(), ".partial");
    try {
      long quads;
      try (OutputStream file = Files.newOutputStream(partial);
          OutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(file, 1 << 16))) {
        quads = writer.write(gzip);
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return quads;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static long writeSnapshot(DatasetGraph dsg, OutputStream out) {
    return Txn.calculateRead(
        dsg,
        () -> {
          AtomicLong count = new AtomicLong();
          StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
          writer.start();
          dsg.find()
              .forEachRemaining(
                  q -> {
                    writer.quad(q);
                    count.incrementAndGet();
                  });
          writer.finish();
          return count.get();
        });
  }

  /**
   * Replaces the whole content of {@code store} with the quads in {@code in} (N-Quads, gzipped or
   * not, by file name), atomically. A store that holds anything is refused unless {@code force}.
   *
   * @return the number of quads read
   * @throws StoreProblem when the store is not empty and {@code force} is off, or the file does not
   *     parse (with its line and column); the store is unchanged then
   */
  public static long restore(TdbStore store, Path in, boolean force) {
    if (!Files.isRegularFile(in)) {
      throw new StoreProblem(in + ": no such backup file; check the path.");
    }
    if (!force && !store.isEmpty()) {
      throw new StoreProblem(
          "Store "
              + store.location()
              + " is not empty; restore into an empty store, or add --force to replace its content.");
    }
    AtomicLong count = new AtomicLong();
    try {
      store.write(
          dsg -> {
            dsg.clear();
            StreamRDF into =
                new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                  @Override
                  public void quad(Quad quad) {
                    count.incrementAndGet();
                    super.quad(quad);
                  }

                  @Override
                  public void triple(org.apache.jena.graph.Triple triple) {
                    quad(Quad.create(Quad.defaultGraphIRI, triple));
                  }
                };
            try (InputStream raw = Files.newInputStream(in);
                InputStream text =
                    in.getFileName().toString().endsWith(".gz")
                        ? new GZIPInputStream(raw, 1 << 16)
                        : raw) {
              RDFParser.source(text)
                  .lang(Lang.NQUADS)
                  .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                  .parse(into);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw new StoreProblem(
          in + " cannot be read (" + e.getCause().getMessage() + "); the store is unchanged.", e);
    } catch (RiotException e) {
      throw new StoreProblem(
          in + " is not a valid N-Quads backup (" + e.getMessage() + "); the store is unchanged.",
          e);
    }
    return count.get();
  }
}
