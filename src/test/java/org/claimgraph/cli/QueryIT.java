package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimgraph load}, {@code query} and {@code stats} through the real jar on a real store.
 */
class QueryIT {

  @TempDir Path work;
  Path store;

  @BeforeEach
  void load() throws Exception {
    store = work.resolve("store");
    Path article = work.resolve("border-report.txt");
    Files.writeString(
        article, "Border town changes hands\n\nFighters said on Monday that they held the town.\n");
    Files.writeString(
        work.resolve("border-report.meta.json"),
        "{\"publisher\": \"Example Wire\", \"published\": \"2024-03-04\", \"language\": \"en\"}");
    CliProcess.Result r =
        CliProcess.run(work, "--store", store.toString(), "load", article.toString());
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().startsWith("Loaded 1 article(s), 0 unchanged"), r.out());
  }

  @Test
  void csvHasTheArticlesMetadata() throws Exception {
    Path q =
        Files.writeString(
            work.resolve("articles.rq"),
            "PREFIX dct: <http://purl.org/dc/terms/>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?title ?publisher ?issued WHERE { ?a dct:title ?title ;"
                + " dct:publisher/rdfs:label ?publisher ; dct:issued ?issued }");
    CliProcess.Result r =
        CliProcess.run(work, "--store", store.toString(), "query", q.toString(), "--format", "csv");
    assertEquals(0, r.exitCode(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        List.of("title,publisher,issued", "Border town changes hands,Example Wire,2024-03-04"),
        lines);
  }

  @Test
  void parametersAreBoundNotSpliced() throws Exception {
    Path q =
        Files.writeString(
            work.resolve("by-publisher.rq"),
            "PREFIX dct: <http://purl.org/dc/terms/>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?title WHERE { ?a dct:title ?title ; dct:publisher/rdfs:label ?publisher }");
    CliProcess.Result hit =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "query",
            q.toString(),
            "-f",
            "tsv",
            "--param",
            "publisher=\"Example Wire\"@en");
    assertEquals(0, hit.exitCode(), hit.toString());
    assertEquals(2, hit.out().lines().count(), hit.out());
    // An injection attempt is just a string that matches nothing.
    CliProcess.Result injected =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "query",
            q.toString(),
            "-f",
            "tsv",
            "--param",
            "publisher=x\" } UNION { ?a ?p ?title } #");
    assertEquals(0, injected.exitCode(), injected.toString());
    assertEquals(1, injected.out().lines().count(), injected.out());
  }

  @Test
  void loadingTwiceChangesNothingAndStatsCounts() throws Exception {
    CliProcess.Result again =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "load",
            work.resolve("border-report.txt").toString());
    assertTrue(again.out().startsWith("Loaded 0 article(s), 1 unchanged"), again.out());
    CliProcess.Result stats = CliProcess.run(work, "--store", store.toString(), "stats");
    assertEquals(0, stats.exitCode(), stats.toString());
    assertTrue(stats.out().contains("Articles   1"), stats.out());
    assertTrue(stats.out().contains("graph/article/border-report"), stats.out());
  }

  @Test
  void jsonOutputIsSparqlResultsJson() throws Exception {
    Path q =
        Files.writeString(work.resolve("ask.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    CliProcess.Result r =
        CliProcess.run(
            work, "--store", store.toString(), "query", q.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().contains("\"vars\"") && r.out().contains("\"n\""), r.out());
  }
}
