package org.claimgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Iris;

/**
 * Renders the ontology as one HTML page: classes with their hierarchy, properties with domain and
 * range, definitions, alignments to other vocabularies, and the concept schemes. The build writes
 * {@code target/ontology/index.html} with {@link #main}; the server renders the same page at {@code
 * /ontology}. Each term's anchor is its local name, so {@code …/ontology#Claim} lands on it.
 */
public final class OntologyDocs {

  private static final List<Property> ALIGNMENTS =
      List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch);

  private final Model ontology;
  private final Map<String, String> prefixes;
  private final String downloads;

  /**
   * @param downloads HTML linking the ontology's files, shown under the title (may be empty)
   */
  public OntologyDocs(Model ontology, String downloads) {
    this.ontology = ontology;
    this.prefixes = Prefixes.map(Iris.standard());
    this.downloads = downloads;
  }

  /** The whole page. */
  public String render() {
    Resource header =
        ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).nextOptional().orElse(null);
    StringBuilder b = new StringBuilder();
    String title = header == null ? "claimgraph ontology" : literal(header, DCTerms.title);
    b.append("<h1>").append(Html.text(title)).append("</h1>");
    if (header != null) {
      b.append("<p class=\"iri\">").append(Html.text(header.getURI()));
      Statement v = header.getProperty(OWL2.versionIRI);
      if (v != null) {
        b.append(" · version ").append(Html.text(v.getObject().toString()));
      }
      b.append("</p><p>").append(Html.text(literal(header, DCTerms.description))).append("</p>");
    }
    b.append(downloads);
    List<Resource> classes = terms(OWL2.Class);
    List<Resource> objectProps = terms(OWL2.ObjectProperty);
    List<Resource> dataProps = terms(OWL2.DatatypeProperty);
    List<Resource> annotationProps = terms(OWL2.AnnotationProperty);
    List<Resource> schemes = terms(SKOS.ConceptScheme);
    b.append("<p class=\"muted\">")
        .append(classes.size())
        .append(" classes · ")
        .append(objectProps.size() + dataProps.size() + annotationProps.size())
        .append(" properties · ")
        .append(schemes.size())
        .append(" concept schemes — ")
        .append("<a href=\"#classes\">classes</a> · <a href=\"#properties\">properties</a> · ")
        .append("<a href=\"#schemes\">concept schemes</a></p>");
    b.append("<h2 id=\"hierarchy\">Class hierarchy</h2>").append(hierarchy(classes));
    b.append("<h2 id=\"classes\">Classes</h2>");
    classes.forEach(c -> b.append(classCard(c)));
    b.append("<h2 id=\"properties\">Properties</h2>");
    objectProps.forEach(p -> b.append(propertyCard(p, "object property")));
    dataProps.forEach(p -> b.append(propertyCard(p, "datatype property")));
    annotationProps.forEach(p -> b.append(propertyCard(p, "annotation property")));
    b.append("<h2 id=\"schemes\">Concept schemes</h2>");
    schemes.forEach(s -> b.append(schemeCard(s)));
    return Html.page(
        title,
        "<a href=\"#classes\">classes</a><a href=\"#properties\">properties</a>",
        b.toString());
  }

  /** The claimgraph terms of one kind, by local name. */
  private List<Resource> terms(Resource type) {
    return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
        .filter(r -> r.isURIResource() && r.getURI().startsWith(CG.NS))
        .sorted(Comparator.comparing(Resource::getLocalName))
        .collect(Collectors.toList());
  }

  private String hierarchy(List<Resource> classes) {
    List<Resource> roots =
        classes.stream().filter(c -> cgParents(c).isEmpty()).collect(Collectors.toList());
    StringBuilder b = new StringBuilder("<ul class=\"tree\">");
    roots.forEach(r -> treeNode(r, classes, b, 0));
    return b.append("</ul>").toString();
  }

  private void treeNode(Resource c, List<Resource> classes, StringBuilder b, int depth) {
    b.append("<li>").append(termLink(c));
    List<Resource> children =
        classes.stream().filter(k -> cgParents(k).contains(c)).collect(Collectors.toList());
    if (!children.isEmpty() && depth < 10) {
      b.append("<ul>");
      children.forEach(k -> treeNode(k, classes, b, depth + 1));
      b.append("</ul>");
    }
    b.append("</li>");
  }

  private List<Resource> cgParents(Resource c) {
    return c.listProperties(RDFS.subClassOf).toList().stream()
        .map(Statement::getObject)
        .filter(o -> o.isURIResource() && o.asResource().getURI().startsWith(CG.NS))
        .map(RDFNode::asResource)
        .collect(Collectors.toList());
  }

  private String classCard(Resource c) {
    StringBuilder dl = new StringBuilder();
    row(dl, "superclasses", values(c, RDFS.subClassOf));
    List<Resource> subs = ontology.listSubjectsWithProperty(RDFS.subClassOf, c).toList();
    row(dl, "subclasses", joinLinks(subs));
    row(dl, "equivalent to", values(c, OWL2.equivalentClass));
    row(dl, "disjoint with", values(c, OWL2.disjointWith));
    row(dl, "properties", joinLinks(ontology.listSubjectsWithProperty(RDFS.domain, c).toList()));
    row(
        dl,
        "used as range of",
        joinLinks(ontology.listSubjectsWithProperty(RDFS.range, c).toList()));
    alignments(c, dl);
    return card(c, "class", dl);
  }

  private String propertyCard(Resource p, String kind) {
    StringBuilder dl = new StringBuilder();
    row(dl, "domain", values(p, RDFS.domain));
    row(dl, "range", values(p, RDFS.range));
    row(dl, "subproperty of", values(p, RDFS.subPropertyOf));
    row(dl, "inverse of", values(p, OWL2.inverseOf));
    List<String> traits = new ArrayList<>();
    for (Resource t :
        List.of(
            OWL2.TransitiveProperty,
            OWL2.SymmetricProperty,
            OWL2.FunctionalProperty,
            OWL2.InverseFunctionalProperty,
            OWL2.AsymmetricProperty,
            OWL2.IrreflexiveProperty)) {
      if (p.hasProperty(RDF.type, t)) {
        traits.add(t.getLocalName().replace("Property", "").toLowerCase(java.util.Locale.ROOT));
      }
    }
    row(dl, "characteristics", Html.text(String.join(", ", traits)));
    alignments(p, dl);
    return card(p, kind, dl);
  }

  private String schemeCard(Resource scheme) {
    StringBuilder dl = new StringBuilder();
    List<Resource> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
    concepts.sort(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : ""));
    StringBuilder list = new StringBuilder("<ul>");
    for (Resource concept : concepts) {
      list.append("<li id=\"")
          .append(Html.text(concept.getLocalName()))
          .append("\"><b>")
          .append(Html.text(label(concept)))
          .append("</b> <span class=\"iri\">")
          .append(Html.text(shortName(concept)))
          .append("</span> — ")
          .append(Html.text(literal(concept, SKOS.definition)))
          .append("</li>");
    }
    row(dl, "concepts", list.append("</ul>").toString());
    return card(scheme, "concept scheme", dl);
  }

  private void alignments(Resource term, StringBuilder dl) {
    for (Property p : ALIGNMENTS) {
      row(dl, shortName(p), values(term, p));
    }
    row(dl, "example", Html.text(literal(term, SKOS.example)));
    row(dl, "note", Html.text(literal(term, RDFS.comment)));
  }

  private String card(Resource term, String kind, StringBuilder dl) {
    return "<div class=\"card\" id=\""
        + Html.text(term.getLocalName())
        + "\"><h3>"
        + Html.text(label(term))
        + " <span class=\"chip\">"
        + kind
        + "</span></h3><p class=\"iri\">"
        + Html.text(term.getURI())
        + "</p><p>"
        + Html.text(literal(term, SKOS.definition))
        + "</p><dl class=\"term\">"
        + dl
        + "</dl></div>";
  }

  private static void row(StringBuilder dl, String name, String html) {
    if (!html.isBlank()) {
      dl.append("<dt>").append(Html.text(name)).append("</dt><dd>").append(html).append("</dd>");
    }
  }

  private String values(Resource s, Property p) {
    return s.listProperties(p).toList().stream()
        .map(st -> describe(st.getObject()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private String joinLinks(List<Resource> rs) {
    return rs.stream()
        .filter(Resource::isURIResource)
        .sorted(Comparator.comparing(Resource::getURI))
        .map(this::termLink)
        .collect(Collectors.joining(", "));
  }

  /** A term as a link (ours to its anchor, others to their IRI), or a restriction in words. */
  private String describe(RDFNode node) {
    if (node.isLiteral()) {
      return Html.text(node.asLiteral().getLexicalForm());
    }
    Resource r = node.asResource();
    if (r.isURIResource()) {
      return termLink(r);
    }
    Statement on = r.getProperty(OWL2.onProperty);
    if (on == null) {
      return "<i>a class expression</i>";
    }
    String prop = describe(on.getObject());
    for (Property q : List.of(OWL2.someValuesFrom, OWL2.allValuesFrom, OWL2.hasValue)) {
      Statement v = r.getProperty(q);
      if (v != null) {
        String word =
            q.equals(OWL2.someValuesFrom)
                ? "some"
                : q.equals(OWL2.allValuesFrom) ? "only" : "value";
        return prop + " <i>" + word + "</i> " + describe(v.getObject());
      }
    }
    for (Property q :
        List.of(
            OWL2.qualifiedCardinality,
            OWL2.cardinality,
            OWL2.minQualifiedCardinality,
            OWL2.minCardinality,
            OWL2.maxQualifiedCardinality,
            OWL2.maxCardinality)) {
      Statement v = r.getProperty(q);
      if (v != null) {
        String word =
            q.getLocalName().startsWith("min")
                ? "min"
                : q.getLocalName().startsWith("max") ? "max" : "exactly";
        Statement onClass = r.getProperty(OWL2.onClass);
        return prop
            + " <i>"
            + word
            + "</i> "
            + Html.text(v.getObject().asLiteral().getLexicalForm())
            + (onClass == null ? "" : " " + describe(onClass.getObject()));
      }
    }
    return prop;
  }

  private String termLink(Resource r) {
    String uri = r.getURI();
    if (uri.startsWith(CG.NS)) {
      return "<a href=\"#" + Html.text(r.getLocalName()) + "\">" + Html.text(shortName(r)) + "</a>";
    }
    return "<a href=\"" + Html.text(uri) + "\">" + Html.text(shortName(r)) + "</a>";
  }

  private String shortName(Resource r) {
    String uri = r.getURI();
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      if (uri.startsWith(e.getValue()) && uri.length() > e.getValue().length()) {
        return e.getKey() + ":" + uri.substring(e.getValue().length());
      }
    }
    String prefix =
        ontology.getNsURIPrefix(
            uri.substring(0, Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1));
    return prefix != null ? prefix + ":" + r.getLocalName() : uri;
  }

  private static String label(Resource r) {
    String l = literal(r, RDFS.label);
    return l.isEmpty() ? r.getLocalName() : l;
  }

  private static String literal(Resource r, Property p) {
    String fallback = "";
    for (Statement s : r.listProperties(p).toList()) {
      if (s.getObject().isLiteral()) {
        String lang = s.getLanguage();
        if ("en".equals(lang)) {
          return s.getString();
        }
        fallback = s.getString();
      }
    }
    return fallback;
  }

  /** Arguments: the ontology source (Turtle) and the folder to write {@code index.html} into. */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("Usage: OntologyDocs <source.ttl> <target folder>");
    }
    Model model = RDFDataMgr.loadModel(args[0], Lang.TURTLE);
    String downloads =
        "<p class=\"formats\">Download: <a href=\"claimgraph.ttl\">Turtle</a> · "
            + "<a href=\"claimgraph.owl\">RDF/XML (OWL)</a> · <a href=\"claimgraph.nt\">N-Triples</a></p>";
    try {
      Path dir = Path.of(args[1]);
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("index.html"),
          new OntologyDocs(model, downloads).render(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
