package org.claimgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.util.SplitIRI;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes triples as RDF/XML one {@code rdf:Description} per subject, so that a dump of any size
 * needs the memory of one subject. Jena's RDF/XML writers take a whole graph; this one takes an
 * iterator. The namespaces of {@link Prefixes} are declared once on {@code rdf:RDF}; a property in
 * another namespace declares its own on its element.
 */
final class RdfXmlStreamWriter {

  private final Map<String, String> prefixByNamespace = new HashMap<>();
  private final Map<String, String> declarations;

  /**
   * @param prefixes prefix → namespace, declared on the root element
   */
  RdfXmlStreamWriter(Map<String, String> prefixes) {
    this.declarations = prefixes;
    prefixes.forEach((prefix, ns) -> prefixByNamespace.putIfAbsent(ns, prefix));
    prefixByNamespace.put(RDF.getURI(), "rdf");
  }

  void write(Iterator<Triple> triples, OutputStream out) {
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
      w.write("\n    xmlns:rdf=\"" + attr(RDF.getURI()) + "\"");
      for (Map.Entry<String, String> d : declarations.entrySet()) {
        if (!d.getKey().equals("rdf")) {
          w.write("\n    xmlns:" + d.getKey() + "=\"" + attr(d.getValue()) + "\"");
        }
      }
      w.write(">\n");
      SubjectRuns runs = SubjectRuns.ofTriples(triples);
      while (runs.hasNext()) {
        description(w, runs.next());
      }
      w.write("</rdf:RDF>\n");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void description(Writer w, SubjectRuns.Run run) throws IOException {
    Node s = run.subject();
    w.write("  <rdf:Description ");
    w.write(s.isBlank() ? "rdf:nodeID=\"" + nodeId(s) + "\">\n" : about(s) + ">\n");
    for (Triple t : run.triples()) {
      property(w, t);
    }
    w.write("  </rdf:Description>\n");
  }

  private static String about(Node s) {
    if (!s.isURI()) {
      throw new ExportProblem("Cannot write a subject " + s + " in RDF/XML.");
    }
    return "rdf:about=\"" + attr(s.getURI()) + "\"";
  }

  private void property(Writer w, Triple t) throws IOException {
    String iri = t.getPredicate().getURI();
    int split = SplitIRI.splitXML(iri);
    if (split <= 0 || split >= iri.length()) {
      throw new ExportProblem(
          "Cannot write the property <" + iri + "> in RDF/XML: it does not end in an XML name.");
    }
    String ns = iri.substring(0, split);
    String prefix = prefixByNamespace.get(ns);
    String name = (prefix != null ? prefix : "p") + ":" + iri.substring(split);
    String declaration = prefix != null ? "" : " xmlns:p=\"" + attr(ns) + "\"";
    Node o = t.getObject();
    w.write("    <" + name + declaration);
    if (o.isURI()) {
      w.write(" rdf:resource=\"" + attr(o.getURI()) + "\"/>\n");
    } else if (o.isBlank()) {
      w.write(" rdf:nodeID=\"" + nodeId(o) + "\"/>\n");
    } else if (o.isLiteral()) {
      String language = o.getLiteralLanguage();
      String datatype = o.getLiteralDatatypeURI();
      if (!language.isEmpty()) {
        w.write(" xml:lang=\"" + attr(language) + "\"");
      } else if (!XSDDatatype.XSDstring.getURI().equals(datatype)) {
        w.write(" rdf:datatype=\"" + attr(datatype) + "\"");
      }
      w.write(">" + text(o.getLiteralLexicalForm()) + "</" + name + ">\n");
    } else {
      throw new ExportProblem("Cannot write " + o + " in RDF/XML: not an RDF term of a dump.");
    }
  }

  /** An XML name for a blank node: Jena's label encoding uses letters and digits only. */
  private static String nodeId(Node blank) {
    return NodeFmtLib.encodeBNodeLabel(blank.getBlankNodeLabel());
  }

  private static String attr(String s) {
    return escape(s, true);
  }

  private static String text(String s) {
    return escape(s, false);
  }

  /**
   * XML-escapes {@code s}. Line breaks in attributes and carriage returns anywhere are written as
   * character references, because an XML parser normalises the literal characters away.
   */
  private static String escape(String s, boolean attribute) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\r' -> "&#xD;";
            case '\n' -> attribute ? "&#xA;" : null;
            case '\t' -> attribute ? "&#x9;" : null;
            default -> {
              if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                throw new ExportProblem(
                    "Cannot write the character U+"
                        + String.format("%04X", (int) c)
                        + " in RDF/XML (XML 1.0 has no place for it).");
              }
              yield null;
            }
          };
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
