package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {

  @TempDir Path dir;

  private static final Node G = NodeFactory.createURI("https://example.org/g");

  private static Graph graph(String... triples) {
    Graph g = GraphFactory.createDefaultGraph();
    for (String t : triples) {
      g.add(SSE.parseTriple(t));
    }
    return g;
  }

  @Test
  void replaceGraphSwapsContentWhole() {
    try (TdbStore store = TdbStore.open(dir.resolve("s"))) {
      assertTrue(store.isEmpty());
      store.replaceGraph(G, graph("(:a :p 1)", "(:a :p 2)"));
      store.replaceGraph(G, graph("(:b :p 3)"));
      assertEquals(List.of(new GraphCount(G.getURI(), 1)), store.graphCounts());
      assertTrue(store.hasGraph(G));
    }
  }

  @Test
  void aFailedWriteLeavesTheStoreAsItWas() {
    try (TdbStore store = TdbStore.open(dir.resolve("s"))) {
      store.replaceGraph(G, graph("(:a :p 1)"));
      assertThrows(
          IllegalStateException.class,
          () ->
              store.write(
                  dsg -> {
                    TdbStore.replaceGraphIn(dsg, G, graph("(:x :p 9)", "(:y :p 9)"));
                    throw new IllegalStateException("extraction failed half-way");
                  }));
      assertEquals(1, store.graphCounts().get(0).triples());
      Boolean kept =
          store.read(
              dsg -> dsg.contains(G, SSE.parseNode(":a"), SSE.parseNode(":p"), SSE.parseNode("1")));
      assertTrue(kept);
    }
  }

  @Test
  void reopensAfterClose() {
    Path s = dir.resolve("s");
    try (TdbStore store = TdbStore.open(s)) {
      store.replaceGraph(G, graph("(:a :p 1)"));
    }
    try (TdbStore store = TdbStore.open(s)) {
      assertFalse(store.isEmpty());
    }
  }

  @Test
  void aFileIsNotAStore() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("f"), "x");
    StoreProblem p = assertThrows(StoreProblem.class, () -> TdbStore.open(file));
    assertTrue(p.getMessage().contains("is a file, not a folder"), p.getMessage());
  }
}
