package org.claimgraph.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.store.UnionTriples;
import org.claimgraph.vocab.Iris;

/**
 * Writes the store, or one of its named graphs, in one {@link DumpFormat}, inside one read
 * transaction. Quad formats keep the named graphs; triple formats get their union (or the graph
 * asked for). Every format streams from the store's indexes: Turtle, TriG, N-Triples and N-Quads
 * term by term through RIOT, JSON-LD and RDF/XML one subject at a time through claimgraph's own
 * writers, so memory does not grow with the store.
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
          switch (format) {
            case JSONLD ->
                new JsonLdStreamWriter(JsonLdWriter.contextObject()).write(quads(graph), out);
            case RDFXML -> new RdfXmlStreamWriter(Prefixes.map(iris)).write(triples(graph), out);
            default -> stream(format, graph, out);
          }
        });
  }

  /** Every quad, or the quads of one graph (still named, as in the other quad formats). */
  private Iterator<Quad> quads(Optional<Node> graph) {
    return graph
        .map(g -> dataset.find(g, Node.ANY, Node.ANY, Node.ANY))
        .orElseGet(() -> dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
  }

  /**
   * The triples of one graph, or of the union of all of them, from the store's SPOG index: in
   * subject order, and without the set of every triple that Jena's union graph keeps.
   */
  private Iterator<Triple> triples(Optional<Node> graph) {
    return graph
        .<Iterator<Triple>>map(g -> dataset.getGraph(g).find())
        .orElseGet(() -> UnionTriples.of(dataset));
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
      quads(graph).forEachRemaining(sink::quad);
    } else {
      triples(graph).forEachRemaining(sink::triple);
    }
    sink.finish();
  }
}
