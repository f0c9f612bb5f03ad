package org.claimgraph.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.vocab.Iris;

/**
 * Writes the ontology and every individual of the store (articles, actors, places, claims, derived
 * statuses) as one RDF/XML file that Protégé opens and that stays in the OWL 2 DL profile: every
 * entity the data uses is declared, a property keeps one kind (object, data or annotation),
 * literals whose datatype is outside the OWL 2 datatype map become strings, and triples that would
 * contradict a property's kind are left out (and counted).
 */
public final class ProtegeBundle {

  /** What was written, and what was changed to keep the file in OWL 2 DL. */
  public record Report(
      long triples, long individuals, long declared, long literalsRetyped, long dropped) {
    public String summary() {
      return triples
          + " triples, "
          + individuals
          + " individuals; declared "
          + declared
          + " terms, retyped "
          + literalsRetyped
          + " literals, left out "
          + dropped
          + " triples that would break OWL 2 DL";
    }
  }

  private enum Kind {
    OBJECT,
    DATA,
    ANNOTATION
  }

  private static final Node TYPE = RDF.type.asNode();
  private static final Node NAMED_INDIVIDUAL = OWL2.NamedIndividual.asNode();

  private final Iris iris;

  public ProtegeBundle(Iris iris) {
    this.iris = iris;
  }

  /** The bundle's ontology IRI, distinct from the vocabulary's own. */
  public String bundleIri() {
    return iris.base() + "bundle";
  }

  /** Reads the store in one read transaction and writes the bundle to {@code out}. */
  public Report write(DatasetGraph dataset, OutputStream out) {
    Graph bundle = GraphFactory.createDefaultGraph();
    Report report =
        Txn.calculateRead(
            dataset,
            () -> {
              Graph ontology = dataset.getGraph(iris.ontologyGraph());
              if (ontology.isEmpty()) {
                throw new ExportProblem(
                    "The store has no ontology graph; run 'claimgraph load' once to add it.");
              }
              return build(ontology, dataGraphs(dataset), bundle);
            });
    Model model = ModelFactory.createModelForGraph(bundle);
    Prefixes.map(iris).forEach(model::setNsPrefix);
    RDFDataMgr.write(out, model, RDFFormat.RDFXML_PLAIN);
    return report;
  }

  private List<Graph> dataGraphs(DatasetGraph dataset) {
    List<Graph> graphs = new java.util.ArrayList<>();
    dataset
        .listGraphNodes()
        .forEachRemaining(
            g -> {
              if (!g.equals(iris.ontologyGraph())) {
                graphs.add(dataset.getGraph(g));
              }
            });
    return graphs;
  }

  private Report build(Graph ontology, List<Graph> data, Graph bundle) {
    Node header = copyOntology(ontology, bundle);
    Map<Node, Kind> kinds = declaredKinds(ontology);
    Set<Node> terms = ontologyTerms(ontology, kinds);
    Set<Node> classes = new HashSet<>(subjectsOfType(ontology, OWL2.Class.asNode()));
    inferUndeclaredKinds(data, kinds);
    long declared = 0;
    long retyped = 0;
    long dropped = 0;
    Set<Node> individuals = new HashSet<>();
    Set<Node> typed = new HashSet<>();
    for (Graph g : data) {
      for (var it = g.find(); it.hasNext(); ) {
        Triple t = it.next();
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (s.isURI() && terms.contains(s)) {
          // The data may annotate ontology terms (labels); anything else about them is not ours.
          if (isBuiltInAnnotation(p) || kinds.get(p) == Kind.ANNOTATION) {
            bundle.add(t);
          } else {
            dropped++;
          }
          continue;
        }
        if (s.isURI()) {
          individuals.add(s);
        }
        if (p.equals(TYPE)) {
          if (!o.isURI()) {
            dropped++;
            continue;
          }
          if (!classes.contains(o) && !isReserved(o)) {
            classes.add(o);
            bundle.add(Triple.create(o, TYPE, OWL2.Class.asNode()));
            declared++;
          }
          typed.add(s);
          bundle.add(t);
          continue;
        }
        if (isBuiltInAnnotation(p)) {
          bundle.add(t);
          continue;
        }
        Kind kind = kinds.get(p);
        if (kind == Kind.OBJECT && o.isLiteral() || kind == Kind.DATA && !o.isLiteral()) {
          dropped++;
          continue;
        }
        if (o.isLiteral()) {
          Node fixed = DatatypeMap.owlSafe(o);
          if (fixed != o) {
            retyped++;
          }
          bundle.add(Triple.create(s, p, fixed));
        } else {
          if (kind == Kind.OBJECT && o.isURI() && !terms.contains(o)) {
            individuals.add(o);
          }
          bundle.add(t);
        }
      }
    }
    declared += declareProperties(ontology, kinds, bundle);
    for (Node individual : individuals) {
      bundle.add(Triple.create(individual, TYPE, NAMED_INDIVIDUAL));
      if (!typed.contains(individual) && !terms.contains(individual)) {
        bundle.add(Triple.create(individual, TYPE, OWL2.Thing.asNode()));
      }
    }
    bundle.add(
        Triple.create(
            header,
            RDFS.comment.asNode(),
            NodeFactory.createLiteralLang(
                "The claimgraph ontology with every individual of the store, for Protégé:"
                    + " written by 'claimgraph export --protege'.",
                "en")));
    return new Report(bundle.size(), individuals.size(), declared, retyped, dropped);
  }

  /** Copies the ontology under the bundle's IRI (without version IRI or imports). */
  private Node copyOntology(Graph ontology, Graph bundle) {
    Node header = NodeFactory.createURI(bundleIri());
    Node source =
        subjectsOfType(ontology, OWL2.Ontology.asNode()).stream().findFirst().orElse(null);
    ontology
        .find()
        .forEachRemaining(
            t -> {
              if (!t.getSubject().equals(source)) {
                bundle.add(t);
              } else if (!t.getPredicate().equals(OWL2.versionIRI.asNode())
                  && !t.getPredicate().equals(OWL2.imports.asNode())) {
                bundle.add(Triple.create(header, t.getPredicate(), t.getObject()));
              }
            });
    if (source != null) {
      bundle.add(Triple.create(header, DCTerms.source.asNode(), source));
    }
    return header;
  }

  private static Map<Node, Kind> declaredKinds(Graph ontology) {
    Map<Node, Kind> kinds = new HashMap<>();
    subjectsOfType(ontology, OWL2.AnnotationProperty.asNode())
        .forEach(p -> kinds.put(p, Kind.ANNOTATION));
    subjectsOfType(ontology, OWL2.DatatypeProperty.asNode()).forEach(p -> kinds.put(p, Kind.DATA));
    subjectsOfType(ontology, OWL2.ObjectProperty.asNode()).forEach(p -> kinds.put(p, Kind.OBJECT));
    return kinds;
  }

  /** Classes, properties, datatypes and the ontology itself: not individuals of the data. */
  private static Set<Node> ontologyTerms(Graph ontology, Map<Node, Kind> kinds) {
    Set<Node> terms = new HashSet<>(kinds.keySet());
    for (Node type :
        List.of(
            OWL2.Class.asNode(),
            RDFS.Datatype.asNode(),
            OWL2.Ontology.asNode(),
            OWL2.Restriction.asNode())) {
      terms.addAll(subjectsOfType(ontology, type));
    }
    return terms;
  }

  /**
   * A property the ontology does not declare takes the kind its uses allow: object when every value
   * is a resource, data when every value is a literal, annotation when both occur.
   */
  private static void inferUndeclaredKinds(List<Graph> data, Map<Node, Kind> kinds) {
    Map<Node, Kind> seen = new HashMap<>();
    for (Graph g : data) {
      g.find()
          .forEachRemaining(
              t -> {
                Node p = t.getPredicate();
                if (kinds.containsKey(p) || p.equals(TYPE) || isBuiltInAnnotation(p)) {
                  return;
                }
                Kind use = t.getObject().isLiteral() ? Kind.DATA : Kind.OBJECT;
                seen.merge(p, use, (a, b) -> a == b ? a : Kind.ANNOTATION);
              });
    }
    seen.forEach((p, k) -> kinds.put(p, k));
  }

  private static long declareProperties(Graph ontology, Map<Node, Kind> kinds, Graph bundle) {
    long declared = 0;
    Map<Node, Kind> inOntology = declaredKinds(ontology);
    for (Map.Entry<Node, Kind> e : kinds.entrySet()) {
      if (inOntology.containsKey(e.getKey()) || isReserved(e.getKey())) {
        continue;
      }
      Node type =
          switch (e.getValue()) {
            case OBJECT -> OWL2.ObjectProperty.asNode();
            case DATA -> OWL2.DatatypeProperty.asNode();
            case ANNOTATION -> OWL2.AnnotationProperty.asNode();
          };
      bundle.add(Triple.create(e.getKey(), TYPE, type));
      declared++;
    }
    return declared;
  }

  /** RDF, RDFS, OWL and XSD terms: OWL 2 DL forbids declaring them again. */
  private static boolean isReserved(Node n) {
    String u = n.getURI();
    return u.startsWith(RDF.getURI())
        || u.startsWith(RDFS.getURI())
        || u.startsWith(OWL2.getURI())
        || u.startsWith(XSDDatatype.XSD);
  }

  private static boolean isBuiltInAnnotation(Node p) {
    return p.equals(RDFS.label.asNode())
        || p.equals(RDFS.comment.asNode())
        || p.equals(RDFS.seeAlso.asNode())
        || p.equals(RDFS.isDefinedBy.asNode())
        || p.equals(OWL2.versionInfo.asNode());
  }

  private static List<Node> subjectsOfType(Graph g, Node type) {
    return g.find(Node.ANY, TYPE, type).mapWith(Triple::getSubject).toList();
  }

  /** The OWL 2 datatype map, and what to do with a literal outside it. */
  static final class DatatypeMap {
    private static final Set<String> OWL2_DATATYPES = new HashSet<>();

    static {
      for (String local :
          List.of(
              "decimal",
              "integer",
              "nonNegativeInteger",
              "nonPositiveInteger",
              "positiveInteger",
              "negativeInteger",
              "long",
              "int",
              "short",
              "byte",
              "unsignedLong",
              "unsignedInt",
              "unsignedShort",
              "unsignedByte",
              "double",
              "float",
              "string",
              "normalizedString",
              "token",
              "language",
              "Name",
              "NCName",
              "NMTOKEN",
              "boolean",
              "hexBinary",
              "base64Binary",
              "anyURI",
              "dateTime",
              "dateTimeStamp")) {
        OWL2_DATATYPES.add(XSDDatatype.XSD + "#" + local);
      }
      OWL2_DATATYPES.add(RDF.getURI() + "PlainLiteral");
      OWL2_DATATYPES.add(RDF.getURI() + "XMLLiteral");
      OWL2_DATATYPES.add(RDF.getURI() + "langString");
      OWL2_DATATYPES.add(RDFS.Literal.getURI());
      OWL2_DATATYPES.add(OWL2.getURI() + "real");
      OWL2_DATATYPES.add(OWL2.getURI() + "rational");
    }

    private DatatypeMap() {}

    /**
     * The literal itself when OWL 2 knows its datatype; else the same lexical form as a string
     * (xsd:date and geo:wktLiteral are the cases in claimgraph's data: reasoners reject them).
     */
    static Node owlSafe(Node literal) {
      if (OWL2_DATATYPES.contains(literal.getLiteralDatatypeURI())) {
        return literal;
      }
      return NodeFactory.createLiteralString(literal.getLiteralLexicalForm());
    }
  }
}
