package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.export.Html;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Schema;

/**
 * The HTML page of one resource: label, IRI, types, what the resource says (every property, values
 * linked to this server) and what points to it, with a section made for claims, articles and
 * places. Every text from the graph is escaped: articles may contain markup.
 */
final class ResourcePage {

  /** Incoming links shown per property before "and N more". */
  private static final int INCOMING_PER_PROPERTY = 25;

  private final UnionView view;
  private final Links links;

  ResourcePage(UnionView view, Links links) {
    this.view = view;
    this.links = links;
  }

  String render(Node resource, Graph description) {
    String title = view.label(resource).orElse(links.shortName(resource.getURI()));
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(Html.text(title)).append("</h1>");
    b.append("<p class=\"iri\">").append(Html.text(resource.getURI())).append("</p>");
    b.append("<div class=\"chips\">");
    for (Node type : sorted(view.objects(resource, RDF.type.asNode()))) {
      b.append("<span class=\"chip\">").append(link(type)).append("</span>");
    }
    b.append("</div>");
    b.append(formats());
    if (view.hasType(resource, CG.Claim.asNode())) {
      b.append(new ClaimSection(view, links, this).render(resource));
    }
    if (view.hasType(resource, CG.Article.asNode())) {
      b.append(new ArticleSection(view, links).render(resource));
    }
    b.append(new PlaceMap(view, links).render(resource));
    b.append("<h2>Properties</h2>").append(outgoing(resource, description));
    b.append(incoming(resource, description));
    return Html.page(title, nav(), b.toString());
  }

  static String nav() {
    return "<a href=\"/home\">home</a><a href=\"/ontology\">ontology</a><a href=\"/\">SPARQL UI</a>";
  }

  private static String formats() {
    return "<p class=\"formats\">This description as "
        + "<a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · "
        + "<a href=\"?format=rdfxml\">RDF/XML</a> · <a href=\"?format=nt\">N-Triples</a></p>";
  }

  private String outgoing(Node resource, Graph description) {
    Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
    description
        .find(resource, Node.ANY, Node.ANY)
        .forEachRemaining(
            t ->
                byProperty
                    .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                    .add(t.getObject()));
    StringBuilder b = new StringBuilder("<table><tr><th>property</th><th>value</th></tr>");
    for (Node p : sorted(byProperty.keySet())) {
      if (p.equals(RDF.type.asNode())) {
        continue;
      }
      b.append("<tr><td class=\"p\">").append(link(p)).append("</td><td>");
      List<String> values = new ArrayList<>();
      for (Node o : sorted(byProperty.get(p))) {
        if (p.equals(Schema.articleBody.asNode())) {
          values.add(
              "<span class=\"muted\">(the article's text, shown above with its claims)</span>");
        } else {
          values.add(value(o, description));
        }
      }
      b.append(String.join("<br>", values)).append("</td></tr>");
    }
    return b.append("</table>").toString();
  }

  private String incoming(Node resource, Graph description) {
    Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
    description
        .find(Node.ANY, Node.ANY, resource)
        .forEachRemaining(
            t ->
                byProperty
                    .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                    .add(t.getSubject()));
    if (byProperty.isEmpty()) {
      return "";
    }
    StringBuilder b =
        new StringBuilder("<h2>Links to it</h2><table><tr><th>property</th><th>from</th></tr>");
    for (Node p : sorted(byProperty.keySet())) {
      List<Node> subjects = sorted(byProperty.get(p));
      b.append("<tr><td class=\"p\">").append(link(p)).append(" of</td><td>");
      List<String> shown = new ArrayList<>();
      for (Node s : subjects.subList(0, Math.min(subjects.size(), INCOMING_PER_PROPERTY))) {
        shown.add(s.isURI() ? link(s) : "<span class=\"muted\">(a blank node)</span>");
      }
      b.append(String.join("<br>", shown));
      if (subjects.size() > INCOMING_PER_PROPERTY) {
        b.append("<br><span class=\"muted\">… and ")
            .append(subjects.size() - INCOMING_PER_PROPERTY)
            .append(" more</span>");
      }
      b.append("</td></tr>");
    }
    return b.append("</table>").toString();
  }

  /**
   * A value: a link for an IRI, its own properties for a blank node, escaped text for a literal.
   */
  String value(Node o, Graph description) {
    if (o.isURI()) {
      return link(o);
    }
    if (o.isBlank()) {
      List<String> parts = new ArrayList<>();
      description
          .find(o, Node.ANY, Node.ANY)
          .forEachRemaining(
              t -> parts.add(link(t.getPredicate()) + " " + literalOrLink(t.getObject())));
      return parts.isEmpty()
          ? "<span class=\"muted\">(a blank node)</span>"
          : String.join("; ", parts);
    }
    return literalOrLink(o);
  }

  private String literalOrLink(Node o) {
    if (!o.isLiteral()) {
      return o.isURI() ? link(o) : "";
    }
    String lang = o.getLiteralLanguage();
    String dt = o.getLiteralDatatypeURI();
    String note =
        !lang.isEmpty()
            ? "@" + lang
            : dt == null || dt.endsWith("#string") || dt.endsWith("#langString")
                ? ""
                : links.shortName(dt);
    return "<span class=\"lit\">"
        + Html.text(o.getLiteralLexicalForm())
        + "</span>"
        + (note.isEmpty() ? "" : " <span class=\"dt\">" + Html.text(note) + "</span>");
  }

  /** A link to a resource, labelled when the graph has a label. */
  String link(Node node) {
    if (!node.isURI()) {
      return "";
    }
    String label = view.label(node).orElse(links.shortName(node.getURI()));
    return "<a href=\""
        + Html.text(links.href(node))
        + "\" title=\""
        + Html.text(node.getURI())
        + "\">"
        + Html.text(label)
        + "</a>";
  }

  private static List<Node> sorted(java.util.Collection<Node> nodes) {
    List<Node> list = new ArrayList<>(nodes);
    list.sort(Comparator.comparing(ResourcePage::sortKey));
    return list;
  }

  private static String sortKey(Node n) {
    if (n.isURI()) {
      String u = n.getURI();
      // Numbered article parts (claim/2, claim/10) sort by number.
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*/)(\\d+)$").matcher(u);
      return m.matches() ? m.group(1) + String.format("%08d", Long.parseLong(m.group(2))) : u;
    }
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }
}
