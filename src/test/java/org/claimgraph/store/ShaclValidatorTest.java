package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShaclValidatorTest {

  private static final Path FIXTURES = Path.of("src/test/resources/shapes");

  @Test
  void shapesOnTheClasspathAcceptTheValidFixture() {
    ShaclReport report = ShaclValidator.fromClasspath().validate(fixture("valid.ttl"));
    assertTrue(report.conforms(), () -> String.join("\n", report.lines()));
    assertEquals(List.of(), report.lines());
  }

  @Test
  void aProblemIsOneReadableLine() {
    ShaclValidator validator = ShaclValidator.fromFile(Path.of("ontology/shapes.ttl"));
    ShaclReport report = validator.validate(fixture("crossing-one-country.ttl"));
    assertFalse(report.conforms());
    assertEquals(
        List.of(
            "place:karsa — cg:connects — A border crossing must connect exactly two countries"
                + " (cg:connects), each typed cg:Country."),
        report.lines());
  }

  @Test
  void validatesTheUnionOfATdb2StoresNamedGraphs(@TempDir Path dir) {
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
    Txn.executeWrite(
        store,
        () -> {
          Graph article =
              store.getGraph(
                  NodeFactory.createURI("https://w3id.org/claimgraph/graph/article/example-karsa"));
          RDFDataMgr.read(article, FIXTURES.resolve("claim-without-claimant.ttl").toString());
        });
    ShaclReport report = ShaclValidator.fromClasspath().validate(store);
    assertFalse(report.conforms());
    assertEquals(1, report.lines().size(), () -> String.join("\n", report.lines()));
    assertTrue(
        report.lines().get(0).contains("— cg:claimant — A claim needs exactly one claimant"));
  }

  @Test
  void aDatasetWithoutNamedGraphsIsValidatedThroughItsDefaultGraph() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(
        dataset,
        () ->
            RDFDataMgr.read(
                dataset.getDefaultGraph(), FIXTURES.resolve("actor-without-label.ttl").toString()));
    assertFalse(ShaclValidator.fromClasspath().validate(dataset).conforms());
  }

  @Test
  void aMissingShapesFileIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShaclValidator.fromFile(Path.of("no/such/shapes.ttl")));
    assertTrue(e.getMessage().contains("no/such/shapes.ttl"));
  }

  private static Graph fixture(String name) {
    return RDFDataMgr.loadGraph(FIXTURES.resolve(name).toString());
  }
}
