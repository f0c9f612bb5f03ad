package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.export.JsonLdWriter;
import org.claimgraph.export.OntologyDocs;
import org.claimgraph.export.Prefixes;
import org.claimgraph.export.QueryResource;
import org.claimgraph.serve.Negotiation.Representation;

/**
 * Dereferenceable IRIs: {@code /id/X} describes {@code {base}id/X} and {@code /ontology} the
 * ontology, as HTML for browsers or as Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept} or
 * {@code ?format=}. Responses say {@code Vary: Accept}; an IRI the graph does not mention is a 404.
 */
final class LinkedDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient LinkedDataSite site;
  private final transient Links links;
  private final transient Query describe;

  LinkedDataServlet(LinkedDataSite site) {
    this.site = site;
    this.links = new Links(site.iris);
    this.describe = QueryResource.load(LinkedDataServlet.class, "describe.rq");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    resp.setHeader("Vary", "Accept");
    if (path.equals("/ontology/context.jsonld")) {
      context(resp);
      return;
    }
    Optional<Representation> rep =
        Negotiation.choose(req.getParameter("format"), req.getHeader("Accept"));
    if (rep.isEmpty()) {
      Responses.plain(
          resp,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Available as text/html, text/turtle, application/ld+json, application/rdf+xml and"
              + " application/n-triples (or ?format=html|ttl|jsonld|rdfxml|nt).");
      return;
    }
    if (path.equals("/ontology") || path.equals("/ontology/")) {
      ontology(resp, rep.get());
    } else if (path.startsWith("/id/") && path.length() > "/id/".length()) {
      resource(resp, rep.get(), NodeFactory.createURI(links.resourceIri(path.substring(4))));
    } else {
      Responses.notFound(resp, path);
    }
  }

  private void resource(HttpServletResponse resp, Representation rep, Node iri) throws IOException {
    byte[][] body = new byte[1][];
    boolean found =
        Txn.calculateRead(
            site.dataset,
            () -> {
              UnionView view = new UnionView(site.dataset);
              if (!view.mentions(iri)) {
                return false;
              }
              Graph description = view.construct(describe, iri);
              body[0] =
                  rep == Representation.HTML
                      ? utf8(new ResourcePage(view, links).render(iri, description))
                      : rdf(description, rep);
              return true;
            });
    if (!found) {
      if (rep == Representation.HTML) {
        Responses.notFound(resp, iri.getURI());
      } else {
        Responses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + iri.getURI());
      }
      return;
    }
    send(resp, rep.contentType(), body[0]);
  }

  private void ontology(HttpServletResponse resp, Representation rep) throws IOException {
    byte[] body =
        Txn.calculateRead(
            site.dataset,
            () -> {
              Graph copy = GraphFactory.createDefaultGraph();
              site.dataset.getGraph(site.iris.ontologyGraph()).find().forEachRemaining(copy::add);
              if (rep != Representation.HTML) {
                return rdf(copy, rep);
              }
              String downloads =
                  "<p class=\"formats\">This ontology as <a href=\"/ontology?format=ttl\">Turtle</a>"
                      + " · <a href=\"/ontology?format=rdfxml\">RDF/XML</a> · <a"
                      + " href=\"/ontology?format=jsonld\">JSON-LD</a> · <a"
                      + " href=\"/ontology?format=nt\">N-Triples</a> · JSON-LD <a"
                      + " href=\"/ontology/context.jsonld\">context</a></p>";
              return utf8(
                  new OntologyDocs(ModelFactory.createModelForGraph(copy), downloads).render());
            });
    send(resp, rep.contentType(), body);
  }

  private void context(HttpServletResponse resp) throws IOException {
    try (InputStream in =
        JsonLdWriter.class.getResourceAsStream("/claimgraph/ontology/context.jsonld")) {
      send(resp, "application/ld+json; charset=utf-8", in.readAllBytes());
    }
  }

  private byte[] rdf(Graph graph, Representation rep) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (rep == Representation.JSONLD) {
      JsonLdWriter.write(DatasetGraphFactory.wrap(graph), out);
    } else {
      graph.getPrefixMapping().setNsPrefixes(Prefixes.map(site.iris));
      RDFDataMgr.write(out, graph, rep.lang);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void send(HttpServletResponse resp, String contentType, byte[] body)
      throws IOException {
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(contentType);
    resp.setContentLength(body.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(body);
    }
  }
}
