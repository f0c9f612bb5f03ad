package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.vocab.Prov;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimgraph extract} through the real jar: the readable report of the sample, the RDF that
 * {@code load} would write (the same triples as the stored article graph), and its errors — none of
 * which creates a store.
 */
class ExtractIT {

  @TempDir Path work;

  private static final Path SAMPLE = CliProcess.PROJECT.resolve("data/articles");

  @Test
  void theReportShowsClaimsWithClaimantStanceAssessmentsAndOffsets() throws Exception {
    CliProcess.Result r = CliProcess.run(work, "extract", SAMPLE.toString());
    assertEquals(0, r.exitCode(), r.toString());
    String report = r.out();
    assertTrue(report.contains("Taliban — statement, ASSERTS"), report);
    assertTrue(report.contains("proposition: Taliban controls about 85% of Afghanistan"), report);
    assertTrue(
        report.contains("assessed CANNOT_BE_VERIFIED by the report: \"impossible to be verified\""),
        report);
    assertTrue(
        report.contains("assessed DISPUTED by Government of Afghanistan: \"in dispute with\""),
        report);
    assertTrue(report.matches("(?s).*BORDER_CROSSING\\s+Islam Qala.*"), report);
    assertTrue(report.matches("(?s).*CAPTURE  agent: Taliban  place: Islam Qala.*"), report);
    assertTrue(report.matches("(?s).*\"  @\\d+-\\d+\n.*"), "offsets are printed:\n" + report);
    assertTrue(report.contains("MONEY      about 20,000,000 USD per month"), report);
    assertTrue(report.contains("\"earlier in this week\" = 2021-07-05…2021-07-09"), report);
    assertFalse(Files.exists(work.resolve("store")), "extract needs no store");
  }

  @Test
  void theRdfIsWhatLoadStoresForTheArticle() throws Exception {
    Path trig = work.resolve("sample.trig");
    CliProcess.Result r =
        CliProcess.run(
            work, "extract", "--format", "trig", "--out", trig.toString(), SAMPLE.toString());
    assertEquals(0, r.exitCode(), r.toString());
    DatasetGraph extracted = RDFDataMgr.loadDatasetGraph(trig.toString());
    assertEquals(1, extracted.size(), "one named graph per article");
    var graphName = extracted.listGraphNodes().next();

    Path store = work.resolve("store");
    assertEquals(
        0, CliProcess.run(work, "--store", store.toString(), "load", SAMPLE.toString()).exitCode());
    Path stored = work.resolve("stored.nt");
    CliProcess.Result export =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "export",
            "--graph",
            graphName.getURI(),
            "--format",
            "nt",
            "--out",
            stored.toString());
    assertEquals(0, export.exitCode(), export.toString());

    // the load's time differs between the two runs; every other triple is the same
    assertEquals(
        withoutLoadTime(RDFDataMgr.loadGraph(stored.toString())),
        withoutLoadTime(extracted.getGraph(graphName)));
  }

  private static Set<Triple> withoutLoadTime(Graph g) {
    return g
        .find()
        .filterDrop(t -> t.getPredicate().equals(Prov.endedAtTime.asNode()))
        .toSet()
        .stream()
        .collect(Collectors.toSet());
  }

  @Test
  void badInputAndBadFormatsGetOneLineAndNoStore() throws Exception {
    CliProcess.Result missing = CliProcess.run(work, "extract", "no-such-report.txt");
    assertEquals(1, missing.exitCode(), missing.toString());
    assertEquals(
        "claimgraph: no-such-report.txt: no such file or folder; check the path",
        missing.err().strip());

    Path empty = Files.writeString(work.resolve("empty.txt"), "");
    CliProcess.Result emptyRun = CliProcess.run(work, "extract", empty.toString());
    assertEquals(1, emptyRun.exitCode(), emptyRun.toString());
    assertTrue(
        emptyRun.err().strip().endsWith("is empty; an article needs a title line and some text"));

    CliProcess.Result format =
        CliProcess.run(work, "extract", "--format", "xml", SAMPLE.toString());
    assertEquals(1, format.exitCode(), format.toString());
    assertTrue(
        format.err().contains("Unknown format 'xml'; use report or one of ttl"), format.err());
    assertFalse(Files.exists(work.resolve("store")));
  }
}
