package org.claimgraph.vocab;

import java.util.Locale;
import java.util.Objects;
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

  private final String base;

  private Iris(String base) {
    this.base = base;
  }

  /** The IRIs under the default base. */
  public static Iris standard() {
    return DEFAULT;
  }

  /** The IRIs under {@code base}, which must end with '/' or '#'. */
  public static Iris under(String base) {
    Objects.requireNonNull(base, "base");
    if (!(base.endsWith("/") || base.endsWith("#"))) {
      throw new IllegalArgumentException("A base IRI must end with '/' or '#': " + base);
    }
    return base.equals(DEFAULT_BASE) ? DEFAULT : new Iris(base);
  }

  public String base() {
    return base;
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

  /**
   * A key made from a name: lower case ASCII letters, digits and hyphens. Deterministic, so a
   * reload mints the same IRIs.
   */
  public static String slug(String name) {
    String folded =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
