package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Empties one named graph of a TDB2 store inside a write transaction the caller holds, deleting
 * from each quad index in that index's own key order.
 *
 * <p>{@code deleteAny} removes quad after quad from all six indexes in the order of one of them, so
 * three of the six see deletions scattered over their whole tree: emptying the 1.77 M-quad inferred
 * graph of a 10,000-article store took 32 s of CPU that way and 23 s in index order. The quads are
 * read in chunks, so memory stays bounded; a store not backed by TDB2 falls back to {@code
 * deleteAny}.
 */
final class GraphEraser {

  /** Quads held in memory at a time (about 150 bytes each). */
  static final int CHUNK = 200_000;

  private GraphEraser() {}

  /** Deletes every quad of {@code graph}; returns how many. */
  static long eraseIn(DatasetGraph dsg, Node graph) {
    return eraseIn(dsg, graph, CHUNK);
  }

  static long eraseIn(DatasetGraph dsg, Node graph, int chunkSize) {
    if (!TDBInternal.isBackedByTDB(dsg)) {
      long before = dsg.getGraph(graph).size();
      dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      return before;
    }
    NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
    NodeId graphId = quads.getNodeTable().getNodeIdForNode(graph);
    if (NodeId.isDoesNotExist(graphId)) {
      return 0;
    }
    NodeId any = NodeId.NodeIdAny;
    long deleted = 0;
    while (true) {
      List<Tuple<NodeId>> chunk = new ArrayList<>();
      Iterator<Tuple<NodeId>> found = quads.find(graphId, any, any, any);
      while (found.hasNext() && chunk.size() < chunkSize) {
        chunk.add(found.next());
      }
      Iter.close(found);
      if (chunk.isEmpty()) {
        return deleted;
      }
      for (TupleIndex index : quads.getTupleTable().getIndexes()) {
        chunk.sort(inKeyOrderOf(index.getMapping()));
        chunk.forEach(index::delete);
      }
      deleted += chunk.size();
    }
  }

  private static Comparator<Tuple<NodeId>> inKeyOrderOf(TupleMap mapping) {
    return (a, b) -> {
      for (int i = 0; i < a.len(); i++) {
        int c = NodeId.compare(mapping.mapSlot(i, a), mapping.mapSlot(i, b));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }
}
