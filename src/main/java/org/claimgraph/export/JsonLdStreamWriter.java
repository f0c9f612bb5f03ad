package org.claimgraph.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes quads as JSON-LD one node object at a time, so that a dump of any size needs the memory of
 * one subject: {@code {"@context": …, "@graph": [ nodes of the default graph…, {"@id": G, "@graph":
 * [ nodes of G… ]}, … ]}}. The published context is carried inline (a dump parses offline);
 * properties it names are written by their terms, other IRIs as compact IRIs.
 *
 * <p>This is not JSON-LD's compaction algorithm (which needs the whole graph in hand) but its
 * result reads back to the same quads: values whose form matches a term's coercion are written
 * short, every other value as an explicit {@code @id} or {@code @value} object.
 */
final class JsonLdStreamWriter {

  private final JsonObject contextDocument;
  private final JsonLdTerms terms;

  JsonLdStreamWriter(JsonObject contextDocument) {
    this.contextDocument = contextDocument;
    this.terms = JsonLdTerms.of(contextDocument);
  }

  /** Writes {@code quads}; those in the default graph become top-level nodes. */
  void write(Iterator<Quad> quads, OutputStream out) {
    JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out, StandardCharsets.UTF_8);
    json.writeStartObject();
    json.write("@context", contextDocument.get("@context"));
    json.writeStartArray("@graph");
    Node openGraph = null;
    SubjectRuns runs = new SubjectRuns(quads);
    while (runs.hasNext()) {
      SubjectRuns.Run run = runs.next();
      Node graph = run.inDefaultGraph() ? null : run.graph();
      if (openGraph != null && !openGraph.equals(graph)) {
        json.writeEnd().writeEnd();
        openGraph = null;
      }
      if (graph != null && openGraph == null) {
        json.writeStartObject().write("@id", id(graph)).writeStartArray("@graph");
        openGraph = graph;
      }
      node(json, run);
    }
    if (openGraph != null) {
      json.writeEnd().writeEnd();
    }
    json.writeEnd().writeEnd();
    json.flush();
  }

  private void node(JsonGenerator json, SubjectRuns.Run run) {
    json.writeStartObject().write("@id", id(run.subject()));
    // Values by property, in the order they came, so that each key is written once.
    Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
    for (Triple t : run.triples()) {
      byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
    }
    List<Node> types = byProperty.getOrDefault(RDF.type.asNode(), List.of());
    if (!types.isEmpty() && types.stream().allMatch(n -> n.isURI() || n.isBlank())) {
      byProperty.remove(RDF.type.asNode());
      if (types.size() == 1) {
        json.write("@type", id(types.get(0)));
      } else {
        json.writeStartArray("@type");
        types.forEach(t -> json.write(id(t)));
        json.writeEnd();
      }
    }
    byProperty.forEach(
        (property, values) -> {
          Optional<JsonLdTerms.Term> term = terms.term(property.getURI());
          String key = term.map(JsonLdTerms.Term::name).orElseGet(() -> compactKey(property));
          if (values.size() == 1) {
            json.writeKey(key);
            value(json, values.get(0), term.orElse(null));
          } else {
            json.writeStartArray(key);
            values.forEach(v -> value(json, v, term.orElse(null)));
            json.writeEnd();
          }
        });
    json.writeEnd();
  }

  private String compactKey(Node property) {
    String key = terms.compact(property.getURI());
    if (key.startsWith("@")) {
      throw new ExportProblem("Cannot write the property <" + key + "> in JSON-LD.");
    }
    return key;
  }

  /** A value in its short form where the term's coercion allows, else as an explicit object. */
  private void value(JsonGenerator json, Node v, JsonLdTerms.Term term) {
    String coercion = term == null ? null : term.coercion();
    if (v.isURI() || v.isBlank()) {
      if (term != null && term.coercesToIri()) {
        json.write(id(v));
      } else {
        json.writeStartObject().write("@id", id(v)).writeEnd();
      }
      return;
    }
    if (!v.isLiteral()) {
      throw new ExportProblem("Cannot write " + v + " in JSON-LD: not an RDF term of a dump.");
    }
    String lexical = v.getLiteralLexicalForm();
    String language = v.getLiteralLanguage();
    String datatype = v.getLiteralDatatypeURI();
    if (!language.isEmpty()) {
      json.writeStartObject().write("@value", lexical).write("@language", language).writeEnd();
    } else if (XSDDatatype.XSDstring.getURI().equals(datatype) && coercion == null) {
      json.write(lexical);
    } else if (datatype.equals(coercion)) {
      json.write(lexical);
    } else {
      json.writeStartObject()
          .write("@value", lexical)
          .write("@type", terms.compact(datatype))
          .writeEnd();
    }
  }

  private String id(Node n) {
    return n.isBlank() ? blank(n) : terms.compact(n.getURI());
  }

  private static String blank(Node n) {
    return "_:" + NodeFmtLib.encodeBNodeLabel(n.getBlankNodeLabel());
  }
}
