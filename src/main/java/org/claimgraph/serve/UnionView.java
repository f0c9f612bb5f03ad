package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The union of the store's named graphs, as Fuseki's default graph is, for the pages to read. Use
 * it only inside a read transaction on the store.
 */
final class UnionView {

  private final Graph union;
  private final DatasetGraph asDataset;

  UnionView(DatasetGraph store) {
    this.union = store.getUnionGraph();
    this.asDataset = DatasetGraphFactory.wrap(union);
  }

  Graph graph() {
    return union;
  }

  /** The dataset whose default graph is the union, for SPARQL. */
  DatasetGraph dataset() {
    return asDataset;
  }

  /** Runs a CONSTRUCT with {@code ?resource} bound. */
  Graph construct(Query query, Node resource) {
    return QueryExec.dataset(asDataset)
        .query(query)
        .substitution("resource", resource)
        .timeout(10, java.util.concurrent.TimeUnit.SECONDS)
        .construct();
  }

  boolean mentions(Node resource) {
    return union.find(resource, Node.ANY, Node.ANY).hasNext()
        || union.find(Node.ANY, Node.ANY, resource).hasNext();
  }

  List<Node> objects(Node s, Node p) {
    List<Node> out = new ArrayList<>();
    union.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
    return out;
  }

  Optional<Node> object(Node s, Node p) {
    var it = union.find(s, p, Node.ANY);
    return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
  }

  Optional<String> string(Node s, Node p) {
    return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
  }

  List<Node> subjects(Node p, Node o) {
    List<Node> out = new ArrayList<>();
    union.find(Node.ANY, p, o).mapWith(Triple::getSubject).forEachRemaining(out::add);
    return out;
  }

  boolean hasType(Node s, Node type) {
    return union.contains(s, org.apache.jena.vocabulary.RDF.type.asNode(), type);
  }

  /** rdfs:label, else skos:prefLabel, else dct:title, English first; empty when none. */
  Optional<String> label(Node node) {
    for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode())) {
      String fallback = null;
      for (Node o : objects(node, p)) {
        if (o.isLiteral()) {
          if ("en".equalsIgnoreCase(o.getLiteralLanguage())) {
            return Optional.of(o.getLiteralLexicalForm());
          }
          fallback = o.getLiteralLexicalForm();
        }
      }
      if (fallback != null) {
        return Optional.of(fallback);
      }
    }
    return Optional.empty();
  }
}
