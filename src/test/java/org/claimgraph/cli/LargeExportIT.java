package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON-LD and RDF/XML dumps of a store whose dumps are larger than the heap the exporter is given:
 * they stream from TDB2 one subject at a time, so they finish, and they read back (Jena for
 * JSON-LD, rapper for RDF/XML) to as many quads and triples as the N-Quads and N-Triples dumps
 * hold. The corpus comes from {@code claimgraph bench corpus}; {@code
 * -Dclaimgraph.largeExport.articles=N} changes its size.
 */
class LargeExportIT {

  private static final int ARTICLES = Integer.getInteger("claimgraph.largeExport.articles", 500);

  /** The exporter's heap: less than the store's N-Quads dump. */
  private static final int HEAP_MB = 32;

  @TempDir static Path work;
  static Path store;
  static long quads;
  static long unionTriples;

  @BeforeAll
  static void loadAGeneratedCorpus() throws Exception {
    Path corpus = work.resolve("corpus");
    CliProcess.Result generated =
        CliProcess.run(
            work, "bench", "corpus", "--articles", "" + ARTICLES, "--out", corpus.toString());
    assertEquals(0, generated.exitCode(), generated.toString());
    store = work.resolve("store");
    CliProcess.Result load =
        CliProcess.runWithJvm(
            work,
            List.of(),
            Duration.ofMinutes(15),
            "--store",
            store.toString(),
            "load",
            corpus.toString());
    assertEquals(0, load.exitCode(), load.toString());
    Path nq = export("nq");
    assertBiggerThanTheHeap(nq);
    quads = countQuads(nq, Lang.NQUADS);
    unionTriples = countQuads(export("nt"), Lang.NTRIPLES);
  }

  /** Exports in {@code format} from a JVM with a {@value #HEAP_MB} MB heap. */
  private static Path export(String format) throws Exception {
    Path out = work.resolve("dump." + format);
    CliProcess.Result r =
        CliProcess.runWithJvm(
            work,
            List.of("-Xmx" + HEAP_MB + "m"),
            Duration.ofMinutes(10),
            "--store",
            store.toString(),
            "export",
            "--format",
            format,
            "--out",
            out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    return out;
  }

  @Test
  void jsonLdStreamsWithinASmallHeap() throws Exception {
    Path jsonld = export("jsonld");
    assertBiggerThanTheHeap(jsonld);
    assertEquals(quads, countQuads(jsonld, Lang.JSONLD), "Jena reads every quad back");
  }

  @Test
  void rdfXmlStreamsWithinASmallHeap() throws Exception {
    Path rdfxml = export("rdfxml");
    assertBiggerThanTheHeap(rdfxml);
    assertEquals(unionTriples, RdfClients.rapperCount(rdfxml, "rdfxml"), "rapper");
  }

  private static void assertBiggerThanTheHeap(Path dump) throws Exception {
    long mb = Files.size(dump) >> 20;
    assertTrue(
        mb > HEAP_MB,
        dump.getFileName()
            + " ("
            + mb
            + " MB) must be larger than the exporter's heap ("
            + HEAP_MB
            + " MB) for this test to mean anything; raise -Dclaimgraph.largeExport.articles");
  }

  /** Counts what a file holds without keeping it: the count is all that is needed. */
  private static long countQuads(Path file, Lang lang) {
    AtomicLong n = new AtomicLong();
    RDFParser.source(file)
        .lang(lang)
        .parse(
            new StreamRDFBase() {
              @Override
              public void triple(org.apache.jena.graph.Triple triple) {
                n.incrementAndGet();
              }

              @Override
              public void quad(Quad quad) {
                n.incrementAndGet();
              }
            });
    return n.get();
  }
}
