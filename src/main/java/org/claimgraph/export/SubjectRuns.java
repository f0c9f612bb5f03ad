package org.claimgraph.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * Groups a stream of quads into runs of one subject in one graph, so that a writer can emit one
 * node object (JSON-LD) or one {@code rdf:Description} (RDF/XML) per run while holding only that
 * run in memory.
 *
 * <p>TDB2 returns a graph's quads in index order (graph, then subject), and the union graph in
 * subject order, so each subject usually comes as one run. Nothing depends on it: a subject that
 * comes back later opens a second run, which both syntaxes merge into the same resource.
 */
final class SubjectRuns implements Iterator<SubjectRuns.Run> {

  /** The triples of one subject in one graph ({@link Quad#defaultGraphIRI} for the default). */
  record Run(Node graph, Node subject, List<Triple> triples) {
    boolean inDefaultGraph() {
      return Quad.isDefaultGraph(graph);
    }
  }

  private final Iterator<Quad> quads;
  private Quad pending;

  SubjectRuns(Iterator<Quad> quads) {
    this.quads = quads;
    this.pending = quads.hasNext() ? quads.next() : null;
  }

  /** Runs over triples, all taken as the default graph's. */
  static SubjectRuns ofTriples(Iterator<Triple> triples) {
    return new SubjectRuns(
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return triples.hasNext();
          }

          @Override
          public Quad next() {
            return Quad.create(Quad.defaultGraphIRI, triples.next());
          }
        });
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public Run next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    Node graph = graphOf(pending);
    Node subject = pending.getSubject();
    List<Triple> triples = new ArrayList<>();
    while (pending != null
        && graphOf(pending).equals(graph)
        && pending.getSubject().equals(subject)) {
      triples.add(pending.asTriple());
      pending = quads.hasNext() ? quads.next() : null;
    }
    return new Run(graph, subject, triples);
  }

  /** Both spellings of the default graph as one. */
  private static Node graphOf(Quad q) {
    return q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
  }
}
