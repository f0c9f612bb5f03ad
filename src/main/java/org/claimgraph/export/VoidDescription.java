package org.claimgraph.export;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Iris;

/**
 * The VoID and DCAT description of a release: size per graph, classes with instance counts,
 * licence, SPARQL endpoint, version, and each dump as a {@code dcat:Distribution} with its media
 * type and byte size.
 */
final class VoidDescription {

  /** CC BY 4.0, the licence of claimgraph's data. */
  static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

  private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

  private final DatasetGraph dataset;
  private final Iris iris;
  private final Release.Info info;
  private long triples;

  VoidDescription(DatasetGraph dataset, Iris iris, Release.Info info) {
    this.dataset = dataset;
    this.iris = iris;
    this.info = info;
  }

  /** Triples in the union of the graphs, known once {@link #model} has run. */
  long triples() {
    return triples;
  }

  Model model(List<Release.Dump> dumps) {
    Model m = ModelFactory.createDefaultModel();
    Prefixes.map(iris).forEach(m::setNsPrefix);
    m.setNsPrefix("void", VOID.NS);
    m.setNsPrefix("dcat", DCAT.NS);
    Resource ds = m.createResource(iris.base() + "dataset");
    ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
    ds.addProperty(DCTerms.title, "claimgraph: claims, actors and places from news reports", "en");
    ds.addProperty(
        DCTerms.description,
        "Who claims what, about which places, on whose authority, as reported in news articles;"
            + " every statement traced to its words in the text.",
        "en");
    ds.addProperty(DCTerms.license, m.createResource(LICENSE));
    ds.addProperty(OWL2.versionInfo, info.version());
    // DCAT 3 adds dcat:version; Jena's DCAT constants predate it.
    ds.addProperty(m.createProperty(DCAT.NS, "version"), info.version());
    ds.addLiteral(
        DCTerms.issued, m.createTypedLiteral(LocalDate.now().toString(), XSDDatatype.XSDdate));
    ds.addProperty(VOID.sparqlEndpoint, m.createResource(info.sparqlEndpoint()));
    ds.addProperty(VOID.uriSpace, iris.base() + "id/");
    ds.addProperty(VOID.vocabulary, m.createResource(CG.NS));
    ds.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/N-Quads"));
    Txn.executeRead(
        dataset,
        () -> {
          triples = count(dataset.getUnionGraph().find());
          ds.addLiteral(VOID.triples, m.createTypedLiteral(triples));
          addGraphs(m, ds);
          addClasses(m, ds);
        });
    for (Release.Dump dump : dumps) {
      addDistribution(m, ds, dump);
    }
    return m;
  }

  private void addGraphs(Model m, Resource ds) {
    Query q = QueryResource.load(VoidDescription.class, "graph-sizes.rq");
    try (QueryExec exec = QueryExec.dataset(dataset).query(q).build()) {
      RowSet rows = exec.select();
      rows.forEachRemaining(
          row -> {
            Resource graph = m.createResource(row.get("graph").getURI());
            graph.addProperty(RDF.type, VOID.Dataset);
            graph.addLiteral(
                VOID.triples,
                m.createTypedLiteral(((Number) row.get("triples").getLiteralValue()).longValue()));
            ds.addProperty(VOID.subset, graph);
          });
    }
  }

  private void addClasses(Model m, Resource ds) {
    Query q = QueryResource.load(VoidDescription.class, "class-partitions.rq");
    try (QueryExec exec = QueryExec.dataset(dataset).query(q).build()) {
      RowSet rows = exec.select();
      rows.forEachRemaining(
          row -> {
            Resource partition = m.createResource();
            partition.addProperty(VOID._class, m.createResource(row.get("class").getURI()));
            partition.addLiteral(
                VOID.entities,
                m.createTypedLiteral(((Number) row.get("entities").getLiteralValue()).longValue()));
            ds.addProperty(VOID.classPartition, partition);
          });
    }
  }

  private void addDistribution(Model m, Resource ds, Release.Dump dump) {
    String name = dump.file().getFileName().toString();
    Resource file = m.createResource(info.downloadBase() + name);
    file.addProperty(RDF.type, DCAT.Distribution);
    file.addProperty(DCTerms.title, dump.format().lang().getLabel() + " dump", "en");
    file.addProperty(DCAT.downloadURL, file);
    file.addProperty(DCAT.mediaType, m.createResource(MEDIA_TYPES + dump.format().mediaType()));
    file.addLiteral(
        DCAT.byteSize,
        m.createTypedLiteral(Long.toString(dump.bytes()), XSDDatatype.XSDnonNegativeInteger));
    if (dump.gzipped()) {
      file.addProperty(DCAT.compressFormat, m.createResource(MEDIA_TYPES + "application/gzip"));
    }
    file.addProperty(DCTerms.license, m.createResource(LICENSE));
    ds.addProperty(DCAT.distribution, file);
    ds.addProperty(VOID.dataDump, file);
  }

  private static long count(java.util.Iterator<?> it) {
    long n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return n;
  }
}
