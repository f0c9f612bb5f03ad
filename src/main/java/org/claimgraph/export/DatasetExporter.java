package org.claimgraph.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.vocab.Iris;

/**
 * Writes the store, or one of its named graphs, in one {@link DumpFormat}, inside one read
 * transaction. Quad formats keep the named graphs; triple formats get their union (or the graph
 * asked for). Turtle, TriG, N-Triples and N-Quads stream term by term.
 */
public final class DatasetExporter {

  private final DatasetGraph dataset;
  private final Iris iris;

  public DatasetExporter(DatasetGraph dataset, Iris iris) {
    this.dataset = dataset;
    this.iris = iris;
  }

  /** Writes everything, or only {@code graph} when present, in {@code format} to {@code out}. */
  public void write(DumpFormat format, Optional<Node> graph, OutputStream out) {
    Txn.executeRead(
        dataset,
        () -> {
          graph.ifPresent(this::requireGraph);
          if (format.writerFormat() != null && StreamRDFWriter.registered(format.writerFormat())) {
            stream(format, graph, out);
          } else if (format == DumpFormat.JSONLD) {
            JsonLdWriter.write(view(graph), out);
          } else {
            Graph g = graph.map(dataset::getGraph).orElseGet(dataset::getUnionGraph);
            // Prefixes go to the writer, not the graph: a read transaction cannot set them.
            RDFWriterRegistry.getWriterGraphFactory(format.writerFormat())
                .create(format.writerFormat())
                .write(out, g, Prefixes.prefixMap(iris), null, RIOT.getContext());
          }
        });
  }

  /** The whole dataset, or a dataset whose default graph is the one asked for. */
  private DatasetGraph view(Optional<Node> graph) {
    return graph.map(g -> DatasetGraphFactory.wrap(dataset.getGraph(g))).orElse(dataset);
  }

  private void requireGraph(Node graph) {
    if (!dataset.containsGraph(graph) || dataset.getGraph(graph).isEmpty()) {
      throw new ExportProblem(
          "The store has no graph "
              + graph.getURI()
              + "; 'claimgraph stats' lists the graphs it holds.");
    }
  }

  private void stream(DumpFormat format, Optional<Node> graph, OutputStream out) {
    StreamRDF sink = StreamRDFWriter.getWriterStream(out, format.writerFormat());
    sink.start();
    PrefixMap prefixes = Prefixes.prefixMap(iris);
    prefixes.forEach(sink::prefix);
    if (format.quads()) {
      Iterator<Quad> quads =
          graph
              .map(g -> dataset.find(g, Node.ANY, Node.ANY, Node.ANY))
              .orElseGet(() -> dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
      quads.forEachRemaining(sink::quad);
    } else {
      Graph g = graph.map(dataset::getGraph).orElseGet(dataset::getUnionGraph);
      Iterator<Triple> triples = g.find();
      triples.forEachRemaining(sink::triple);
    }
    sink.finish();
  }
}
