package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C OWL-Time that claimgraph writes for dates and periods. */
public final class OwlTime {

  public static final String NS = "http://www.w3.org/2006/time#";

  public static final Resource Instant = resource("Instant");
  public static final Resource Interval = resource("Interval");
  public static final Property hasBeginning = property("hasBeginning");
  public static final Property hasEnd = property("hasEnd");
  public static final Property inXSDDate = property("inXSDDate");

  private OwlTime() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
