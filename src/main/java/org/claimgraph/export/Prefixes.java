package org.claimgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Iris;
import org.claimgraph.vocab.OA;
import org.claimgraph.vocab.OwlTime;
import org.claimgraph.vocab.Prov;

/** The namespace prefixes written into dumps and pages, the same as ontology/context.jsonld's. */
public final class Prefixes {

  /** schema.org as the ontology declares it (the http form schema.org's own context uses). */
  public static final String SCHEMA = "http://schema.org/";

  /** GeoSPARQL. */
  public static final String GEO = "http://www.opengis.net/ont/geosparql#";

  private Prefixes() {}

  /** Prefix → namespace, in a stable order; {@code id:} is the resources of {@code iris}. */
  public static Map<String, String> map(Iris iris) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cg", CG.NS);
    m.put("id", iris.base() + "id/");
    m.put("rdf", RDF.getURI());
    m.put("rdfs", RDFS.getURI());
    m.put("owl", OWL2.getURI());
    m.put("xsd", XSD.NS);
    m.put("skos", SKOS.getURI());
    m.put("dct", DCTerms.NS);
    m.put("oa", OA.NS);
    m.put("time", OwlTime.NS);
    m.put("prov", Prov.NS);
    m.put("schema", SCHEMA);
    m.put("geo", GEO);
    return m;
  }

  /** The same as a RIOT prefix map. */
  public static PrefixMap prefixMap(Iris iris) {
    PrefixMap pm = PrefixMapFactory.create();
    map(iris).forEach(pm::add);
    return pm;
  }
}
