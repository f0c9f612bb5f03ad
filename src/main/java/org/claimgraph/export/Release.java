package org.claimgraph.export;

import java.nio.file.Path;
import java.util.List;

/**
 * A written release: its files (dumps, context, void.ttl, SHA256SUMS) and the number of triples in
 * the union of its graphs.
 */
public record Release(List<Path> files, long triples) {

  /** What a release says about itself: version, SPARQL endpoint, where its files will live. */
  public record Info(String version, String sparqlEndpoint, String downloadBase) {}

  /** One dump file of a release, for its dcat:Distribution. */
  public record Dump(Path file, DumpFormat format, boolean gzipped, long bytes) {}
}
