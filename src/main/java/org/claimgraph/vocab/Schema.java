package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms claimgraph writes, in the {@code http://schema.org/} namespace that the
 * ontology aligns to and that schema.org's own JSON-LD context uses (Jena's {@code SchemaDO} uses
 * https).
 */
public final class Schema {

  public static final String NS = "http://schema.org/";

  public static final Resource NewsArticle = resource("NewsArticle");
  public static final Property articleBody = property("articleBody");
  public static final Property alternativeHeadline = property("alternativeHeadline");
  public static final Property mentions = property("mentions");
  public static final Property url = property("url");

  private Schema() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
