package org.claimgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.vocab.Iris;

/**
 * Writes a release folder: the store in every {@link DumpFormat} ({@code claimgraph.EXT}, gzipped
 * where the format is verbose), the JSON-LD context, a VoID + DCAT description ({@code void.ttl})
 * and {@code SHA256SUMS} in the format {@code sha256sum -c} checks.
 */
public final class ReleaseWriter {

  /** The base name of every dump. */
  public static final String BASE_NAME = "claimgraph";

  private final DatasetGraph dataset;
  private final Iris iris;

  public ReleaseWriter(DatasetGraph dataset, Iris iris) {
    this.dataset = dataset;
    this.iris = iris;
  }

  /** Writes the release into {@code dir} (created if needed), replacing files of the same name. */
  public Release write(Path dir, Release.Info info) {
    try {
      Files.createDirectories(dir);
      DatasetExporter exporter = new DatasetExporter(dataset, iris);
      List<Release.Dump> dumps = new ArrayList<>();
      for (DumpFormat format : DumpFormat.values()) {
        String name = BASE_NAME + "." + format.extension() + (format.gzipInRelease() ? ".gz" : "");
        Path file = dir.resolve(name);
        try (OutputStream out = open(file, format.gzipInRelease())) {
          exporter.write(format, Optional.empty(), out);
        }
        dumps.add(new Release.Dump(file, format, format.gzipInRelease(), Files.size(file)));
      }
      List<Path> files = new ArrayList<>();
      dumps.forEach(d -> files.add(d.file()));
      Path context = dir.resolve("context.jsonld");
      try (InputStream in = JsonLdWriter.class.getResourceAsStream(JsonLdWriter.CONTEXT_RESOURCE)) {
        Files.copy(in, context, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      files.add(context);
      VoidDescription description = new VoidDescription(dataset, iris, info);
      Path voidFile = dir.resolve("void.ttl");
      try (OutputStream out = Files.newOutputStream(voidFile)) {
        RDFDataMgr.write(out, description.model(dumps), RDFFormat.TURTLE_PRETTY);
      }
      files.add(voidFile);
      Path sums = dir.resolve("SHA256SUMS");
      Files.writeString(sums, checksums(files), StandardCharsets.UTF_8);
      files.add(sums);
      return new Release(List.copyOf(files), description.triples());
    } catch (IOException e) {
      throw new ExportProblem(
          "Cannot write the release into " + dir + " (" + e.getMessage() + "); choose another DIR.",
          e);
    }
  }

  private static OutputStream open(Path file, boolean gzip) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
  }

  /** One line per file, "HEX NAME", as sha256sum writes them. */
  static String checksums(List<Path> files) {
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      sb.append(sha256(f)).append("  ").append(f.getFileName()).append('\n');
    }
    return sb.toString();
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
