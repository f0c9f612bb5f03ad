package org.claimgraph.vocab;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs claimgraph mints: the base, the named graphs and resources under {@code {base}id/}. One
 * instance per base IRI, so that a deployment can publish under its own domain (see the README's
 * "IRIs").
 */
public final class Iris {

  /** The default base IRI; a persistent identifier that redirects to the project's pages. */
  public static final String DEFAULT_BASE = "https://w3id.org/claimgraph/";

  private static final Iris DEFAULT = new Iris(DEFAULT_BASE);

  /** The names of the graphs claimgraph writes, whatever the base. */
  private static final Pattern GRAPH_NAME =
      Pattern.compile("^(.*[/#])graph/(?:ontology|reference|inferred|article/[^/]+)$");

  private final String base;

  private Iris(String base) {
    this.base = base;
  }

  /** The IRIs under the default base. */
  public static Iris standard() {
    return DEFAULT;
  }

  /** The IRIs under {@code base}, an absolute IRI that must end with '/' or '#'. */
  public static Iris under(String base) {
    Objects.requireNonNull(base, "base");
    if (!(base.endsWith("/") || base.endsWith("#"))) {
      throw new IllegalArgumentException("A base IRI must end with '/' or '#': " + base);
    }
    try {
      if (!new java.net.URI(base).isAbsolute()) {
        throw new IllegalArgumentException("A base IRI must be absolute (http://…): " + base);
      }
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("Not an IRI: " + base + " (" + e.getReason() + ")");
    }
    return base.equals(DEFAULT_BASE) ? DEFAULT : new Iris(base);
  }

  public String base() {
    return base;
  }

  /** Whether this is the default base, under which the shipped files are written. */
  public boolean isDefault() {
    return base.equals(DEFAULT_BASE);
  }

  /**
   * The base of one of claimgraph's graph names ({@code {base}graph/reference}, …), or empty for
   * any other IRI. A store's graph names say which base its data was minted under.
   */
  public static Optional<String> baseOfGraph(String graphIri) {
    Matcher m = GRAPH_NAME.matcher(graphIri);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The node moved from the default base to this one: the gazetteer and the rules are written under
   * the default base ({@code {default}id/…}, {@code {default}graph/…}) and are moved when a store
   * uses another. Other IRIs, the ontology's among them, stay as they are.
   */
  public Node rebase(Node node) {
    if (isDefault() || !node.isURI()) {
      return node;
    }
    String iri = node.getURI();
    for (String part : new String[] {"id/", "graph/"}) {
      if (iri.startsWith(DEFAULT_BASE + part)) {
        return NodeFactory.createURI(base + iri.substring(DEFAULT_BASE.length()));
      }
    }
    return node;
  }

  /** The same move in the text of a SPARQL file, where those IRIs are written {@code <…>}. */
  public String rebaseSparql(String text) {
    if (isDefault()) {
      return text;
    }
    return text.replace("<" + DEFAULT_BASE + "id/", "<" + base + "id/")
        .replace("<" + DEFAULT_BASE + "graph/", "<" + base + "graph/");
  }

  /** The named graph holding the ontology. */
  public Node ontologyGraph() {
    return NodeFactory.createURI(base + "graph/ontology");
  }

  /** The named graph holding the reference gazetteer. */
  public Node referenceGraph() {
    return NodeFactory.createURI(base + "graph/reference");
  }

  /** The named graph holding what the rules derive. */
  public Node inferredGraph() {
    return NodeFactory.createURI(base + "graph/inferred");
  }

  /** The named graph prefix of article graphs. */
  public String articleGraphPrefix() {
    return base + "graph/article/";
  }

  /** The named graph holding everything extracted from one article. */
  public Node articleGraph(String articleSlug) {
    return NodeFactory.createURI(articleGraphPrefix() + articleSlug);
  }

  /** The article itself, as a document. */
  public String article(String articleSlug) {
    return base + "id/article/" + articleSlug;
  }

  /** A resource scoped to one article, e.g. {@code claim/3} or {@code sentence/12}. */
  public String inArticle(String articleSlug, String kind, Object localId) {
    return article(articleSlug) + "/" + kind + "/" + localId;
  }

  /** A reference entity by kind and key, stable across articles ({@code id/actor/taliban}). */
  public String entity(String kind, String key) {
    return base + "id/" + kind + "/" + key;
  }
}
