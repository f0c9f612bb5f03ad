package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Base IRIs: read back from graph names, and the shipped files' IRIs moved to another base. */
class IrisTest {

  private static final Iris NEWS = Iris.under("https://news.example.org/kg/");

  @Test
  void aGraphNameSaysItsBase() {
    for (String graph :
        new String[] {
          NEWS.referenceGraph().getURI(),
          NEWS.ontologyGraph().getURI(),
          NEWS.inferredGraph().getURI(),
          NEWS.articleGraph("a-report-2021").getURI()
        }) {
      assertEquals(Optional.of("https://news.example.org/kg/"), Iris.baseOfGraph(graph), graph);
    }
    assertEquals(Optional.empty(), Iris.baseOfGraph("https://news.example.org/kg/graph/other"));
    assertEquals(Optional.empty(), Iris.baseOfGraph("https://news.example.org/kg/id/place/x"));
  }

  @Test
  void theDefaultBasesResourcesAndGraphsMoveTheOntologyStays() {
    assertEquals(
        "https://news.example.org/kg/id/place/islam-qala",
        NEWS.rebase(NodeFactory.createURI(Iris.DEFAULT_BASE + "id/place/islam-qala")).getURI());
    assertEquals(CG.Claim.getURI(), NEWS.rebase(NodeFactory.createURI(CG.Claim.getURI())).getURI());
    assertEquals(
        "INSERT { GRAPH <https://news.example.org/kg/graph/inferred> { ?a <"
            + CG.NS
            + "p> ?b } } WHERE {}",
        NEWS.rebaseSparql(
            "INSERT { GRAPH <"
                + Iris.DEFAULT_BASE
                + "graph/inferred> { ?a <"
                + CG.NS
                + "p> ?b } } WHERE {}"));
  }

  @Test
  void aBaseIsAnAbsoluteIriEndingInSlashOrHash() {
    assertThrows(IllegalArgumentException.class, () -> Iris.under("https://example.org/kg"));
    assertThrows(IllegalArgumentException.class, () -> Iris.under("kg/"));
    assertThrows(IllegalArgumentException.class, () -> Iris.under("https://exa mple.org/"));
  }
}
