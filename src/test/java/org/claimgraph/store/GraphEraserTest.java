package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a graph index by index leaves every index of a real TDB2 store agreeing: the graph is
 * gone whichever index a lookup uses, and the other graphs are untouched.
 */
class GraphEraserTest {

  @TempDir Path dir;

  private static final Node ERASED = NodeFactory.createURI("https://example.org/inferred");
  private static final Node KEPT = NodeFactory.createURI("https://example.org/article");

  private static Node iri(String local) {
    return NodeFactory.createURI("https://example.org/" + local);
  }

  /** Both graphs share subjects, predicates and objects, so every index interleaves them. */
  private static void fill(DatasetGraph dsg) {
    for (int i = 0; i < 500; i++) {
      Node s = iri("s" + (i % 37));
      Node p = iri("p" + (i % 5));
      Node o = i % 3 == 0 ? NodeFactory.createLiteralString("v" + i) : iri("o" + (i % 53));
      dsg.add(ERASED, s, p, o);
      if (i % 2 == 0) {
        dsg.add(KEPT, s, p, o);
      }
      dsg.add(KEPT, iri("k" + i), p, o);
    }
  }

  private static Set<Quad> all(DatasetGraph dsg) {
    Set<Quad> quads = new HashSet<>();
    dsg.find().forEachRemaining(quads::add);
    return quads;
  }

  @Test
  void erasingInSmallChunksLeavesOnlyTheOtherGraphsInEveryIndex() {
    try (TdbStore store = TdbStore.open(dir.resolve("s"))) {
      store.write(GraphEraserTest::fill);
      Set<Quad> expected = new HashSet<>();
      store.read(dsg -> all(dsg)).stream()
          .filter(q -> !q.getGraph().equals(ERASED))
          .forEach(expected::add);

      long erased = writeErase(store, 64);

      assertEquals(500, erased);
      assertEquals(expected, store.read(GraphEraserTest::all));
      store.read(
          dsg -> {
            // Lookups by subject, predicate and object each go through another index.
            assertFalse(dsg.find(ERASED, Node.ANY, Node.ANY, Node.ANY).hasNext());
            assertFalse(anyInErased(dsg.find(Node.ANY, iri("s1"), Node.ANY, Node.ANY)));
            assertFalse(anyInErased(dsg.find(Node.ANY, Node.ANY, iri("p2"), Node.ANY)));
            assertFalse(anyInErased(dsg.find(Node.ANY, Node.ANY, Node.ANY, iri("o7"))));
            // The union default graph, as the rules read it, holds the kept graph's triples only.
            long union =
                QueryExec.dataset(dsg)
                            .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                            .set(TDB2.symUnionDefaultGraph, true)
                            .select()
                            .next()
                            .get("n")
                            .getLiteralValue()
                        instanceof Number n
                    ? n.longValue()
                    : -1;
            assertEquals(expected.size(), union);
            return null;
          });
      assertEquals(0, writeErase(store, 64));
    }
  }

  @Test
  void aStoreNotBackedByTdb2FallsBackToDeleteAny() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    dsg.executeWrite(() -> fill(dsg));
    long erased = dsg.calculateWrite(() -> GraphEraser.eraseIn(dsg, ERASED));
    assertEquals(500, erased);
    assertFalse(dsg.calculateRead(() -> dsg.find(ERASED, Node.ANY, Node.ANY, Node.ANY).hasNext()));
  }

  private static boolean anyInErased(Iterator<Quad> quads) {
    while (quads.hasNext()) {
      if (quads.next().getGraph().equals(ERASED)) {
        return true;
      }
    }
    return false;
  }

  private static long writeErase(TdbStore store, int chunk) {
    long[] erased = new long[1];
    store.write(dsg -> erased[0] = GraphEraser.eraseIn(dsg, ERASED, chunk));
    return erased[0];
  }
}
