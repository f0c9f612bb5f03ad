package org.claimgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF formats claimgraph dumps in: one table, so that the command, the release and the server
 * offer the same set.
 */
public enum DumpFormat {
  TTL("ttl", "ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, false, false),
  NT("nt", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES, false, true),
  NQ("nq", "nq", Lang.NQUADS, RDFFormat.NQUADS, true, true),
  TRIG("trig", "trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, true, false),
  // JSON-LD and RDF/XML are written by claimgraph's own streaming writers (DatasetExporter).
  JSONLD("jsonld", "jsonld", Lang.JSONLD, null, true, true),
  RDFXML("rdfxml", "rdf", Lang.RDFXML, null, false, true);

  private final String option;
  private final String extension;
  private final Lang lang;
  private final RDFFormat streamFormat;
  private final boolean quads;
  private final boolean gzipInRelease;

  DumpFormat(
      String option,
      String extension,
      Lang lang,
      RDFFormat streamFormat,
      boolean quads,
      boolean gzipInRelease) {
    this.option = option;
    this.extension = extension;
    this.lang = lang;
    this.streamFormat = streamFormat;
    this.quads = quads;
    this.gzipInRelease = gzipInRelease;
  }

  /** The name used by {@code --format}. */
  public String option() {
    return option;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  public Lang lang() {
    return lang;
  }

  /** Jena's streaming writer format, or null for JSON-LD and RDF/XML (our own writers). */
  RDFFormat writerFormat() {
    return streamFormat;
  }

  /** Whether the format keeps named graphs. */
  public boolean quads() {
    return quads;
  }

  /** Whether the release compresses it: the verbose, line- or element-per-term formats. */
  public boolean gzipInRelease() {
    return gzipInRelease;
  }

  /** The media type, for Content-Type and dcat:mediaType. */
  public String mediaType() {
    return lang.getContentType().getContentTypeStr();
  }

  /** The format for an option name; an unknown name is an {@link ExportProblem} listing them. */
  public static DumpFormat byOption(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.option.equals(n) || f.extension.equals(n))
        .findFirst()
        .orElseThrow(
            () ->
                new ExportProblem(
                    "Unknown format '" + name + "'; use one of " + optionList() + "."));
  }

  /** The option names, comma-separated. */
  public static String optionList() {
    return Arrays.stream(values()).map(DumpFormat::option).collect(Collectors.joining(", "));
  }
}
