package org.claimgraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.claimgraph.export.Prefixes;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Iris;

/**
 * Maps IRIs to where this server shows them: {@code {base}id/X} to {@code /id/X}, ontology terms to
 * {@code /ontology#Term}, named graphs to the read-only graph store; other IRIs stay as they are.
 * Links are root-relative, so pages work whatever host name the server is reached by.
 */
final class Links {

  private final Iris iris;
  private final Map<String, String> prefixes;

  Links(Iris iris) {
    this.iris = iris;
    this.prefixes = Prefixes.map(iris);
  }

  /** The resource IRI for a path under {@code /id/}. */
  String resourceIri(String pathUnderId) {
    return iris.base() + "id/" + pathUnderId;
  }

  String href(Node node) {
    return node.isURI() ? href(node.getURI()) : "#";
  }

  String href(String iri) {
    String ids = iris.base() + "id/";
    if (iri.startsWith(ids)) {
      return "/id/" + iri.substring(ids.length());
    }
    if (iri.startsWith(CG.NS)) {
      return "/ontology#" + iri.substring(CG.NS.length());
    }
    if (iri.equals(CG.ONTOLOGY_IRI)) {
      return "/ontology";
    }
    if (iri.startsWith(iris.base() + "graph/")) {
      return "/"
          + ClaimgraphServer.DATASET
          + "/data?graph="
          + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
    return iri;
  }

  /** A prefixed name when a known prefix fits, else the IRI. */
  String shortName(String iri) {
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      String ns = e.getValue();
      if (iri.startsWith(ns) && iri.length() > ns.length()) {
        return e.getKey() + ":" + iri.substring(ns.length());
      }
    }
    return iri;
  }
}
