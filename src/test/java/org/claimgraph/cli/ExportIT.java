package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;

/**
 * {@code claimgraph export} through the real jar: every format re-read by Jena and by two
 * independent parsers (rapper, rdflib) with equal counts; the release folder; the Protégé bundle
 * checked by the OWL API's OWL 2 DL profile and by HermiT.
 */
class ExportIT {

  @TempDir static Path work;
  static Path store;
  static long quads;

  @BeforeAll
  static void loadSamples() throws Exception {
    store = work.resolve("store");
    CliProcess.Result load =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "load",
            CliProcess.PROJECT.resolve("data/articles").toString());
    assertEquals(0, load.exitCode(), load.toString());
    CliProcess.Result stats = CliProcess.run(work, "--store", store.toString(), "stats");
    Matcher m = Pattern.compile("Triples\\s+(\\d+)").matcher(stats.out());
    assertTrue(m.find(), stats.toString());
    quads = Long.parseLong(m.group(1));
  }

  private static Path export(String format) throws Exception {
    Path out = work.resolve("dump." + format);
    CliProcess.Result r =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "export",
            "--format",
            format,
            "--out",
            out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    return out;
  }

  @Test
  void quadFormatsKeepEveryQuadForEveryParser() throws Exception {
    Path nq = export("nq");
    Path trig = export("trig");
    Path jsonld = export("jsonld");
    assertEquals(quads, jenaQuads(nq, Lang.NQUADS), "Jena, N-Quads");
    assertEquals(quads, jenaQuads(trig, Lang.TRIG), "Jena, TriG");
    assertEquals(quads, jenaQuads(jsonld, Lang.JSONLD), "Jena, JSON-LD");
    assertEquals(quads, RdfClients.rapperCount(nq, "nquads"), "rapper, N-Quads");
    assertEquals(quads, RdfClients.rapperCount(trig, "trig"), "rapper, TriG");
    assertEquals(quads, RdfClients.rdflibCount(nq, "nquads"), "rdflib, N-Quads");
    assertEquals(quads, RdfClients.rdflibCount(trig, "trig"), "rdflib, TriG");
    assertEquals(quads, RdfClients.rdflibCount(jsonld, "json-ld"), "rdflib, JSON-LD");
    assertTrue(Files.readString(jsonld).contains("\"@context\""), "JSON-LD carries its context");
    // Our streaming JSON-LD writer against RIOT's N-Quads, graph by graph, blank nodes and all.
    String same = RdfClients.rdflibCompare(jsonld, "json-ld", nq, "nquads");
    assertTrue(same.startsWith("same"), "rdflib, JSON-LD vs N-Quads: " + same);
  }

  @Test
  void tripleFormatsWriteTheUnionForEveryParser() throws Exception {
    Path nt = export("nt");
    long union = RDFDataMgr.loadGraph(nt.toString(), Lang.NTRIPLES).size();
    assertTrue(union > 1000 && union <= quads, "union of the graphs: " + union);
    for (String[] f :
        List.of(
            new String[] {"ttl", "turtle", "turtle"},
            new String[] {"nt", "ntriples", "nt"},
            new String[] {"rdfxml", "rdfxml", "xml"})) {
      Path file = f[0].equals("nt") ? nt : export(f[0]);
      Lang lang =
          f[0].equals("ttl") ? Lang.TURTLE : f[0].equals("nt") ? Lang.NTRIPLES : Lang.RDFXML;
      assertEquals(union, RDFDataMgr.loadGraph(file.toString(), lang).size(), "Jena, " + f[0]);
      assertEquals(union, RdfClients.rapperCount(file, f[1]), "rapper, " + f[0]);
      assertEquals(union, RdfClients.rdflibCount(file, f[2]), "rdflib, " + f[0]);
    }
    // Our streaming RDF/XML writer against RIOT's N-Triples: isomorphic, not only as many.
    String same = RdfClients.rdflibCompare(work.resolve("dump.rdfxml"), "xml", nt, "nt");
    assertTrue(same.startsWith("same"), "rdflib, RDF/XML vs N-Triples: " + same);
  }

  @Test
  void oneGraphAndUnknownGraph() throws Exception {
    String reference = "https://w3id.org/claimgraph/graph/reference";
    Path out = work.resolve("reference.nq");
    CliProcess.Result r =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "export",
            "--format",
            "nq",
            "--graph",
            reference,
            "--out",
            out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString(), Lang.NQUADS);
    Set<String> graphs = new HashSet<>();
    dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
    assertEquals(Set.of(reference), graphs);

    CliProcess.Result bad =
        CliProcess.run(
            work, "--store", store.toString(), "export", "--graph", "https://example.org/none");
    assertEquals(1, bad.exitCode(), bad.toString());
    assertTrue(bad.err().contains("has no graph https://example.org/none"), bad.err());
  }

  @Test
  void releaseHasEveryFormatAVoidDescriptionAndChecksums() throws Exception {
    Path dir = work.resolve("release");
    CliProcess.Result r =
        CliProcess.run(work, "--store", store.toString(), "export", "--release", dir.toString());
    assertEquals(0, r.exitCode(), r.toString());
    Set<String> names;
    try (var files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    assertEquals(
        Set.of(
            "claimgraph.ttl",
            "claimgraph.nt.gz",
            "claimgraph.nq.gz",
            "claimgraph.trig",
            "claimgraph.jsonld.gz",
            "claimgraph.rdf.gz",
            "context.jsonld",
            "void.ttl",
            "SHA256SUMS"),
        names);
    // sha256sum's own format: every other file listed once, and each digest right.
    List<String> sums = Files.readAllLines(dir.resolve("SHA256SUMS"));
    assertEquals(names.size() - 1, sums.size());
    for (String line : sums) {
      String[] parts = line.split("  ", 2);
      assertEquals(sha256(dir.resolve(parts[1])), parts[0], parts[1]);
    }
    Model voidModel = RDFDataMgr.loadModel(dir.resolve("void.ttl").toString());
    assertEquals(6, voidModel.listObjectsOfProperty(DCAT.distribution).toList().size());
    assertTrue(
        voidModel.contains(
            null,
            DCTerms.license,
            voidModel.createResource("https://creativecommons.org/licenses/by/4.0/")));
    assertTrue(
        voidModel.contains(null, VOID.sparqlEndpoint, (org.apache.jena.rdf.model.RDFNode) null));
    assertTrue(voidModel.listObjectsOfProperty(VOID.classPartition).toList().size() > 10);
    long size = Files.size(dir.resolve("claimgraph.ttl"));
    assertTrue(
        voidModel.listObjectsOfProperty(DCAT.byteSize).toList().stream()
            .anyMatch(n -> n.asLiteral().getLong() == size),
        "the Turtle dump's byte size is in void.ttl");
  }

  @Test
  void protegeBundleIsOwl2DlAndConsistent() throws Exception {
    Path owl = work.resolve("claimgraph-bundle.owl");
    CliProcess.Result r =
        CliProcess.run(work, "--store", store.toString(), "export", "--protege", owl.toString());
    assertEquals(0, r.exitCode(), r.toString());
    OWLOntology ontology =
        OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(owl.toFile());
    OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
    assertTrue(
        report.isInProfile(),
        () ->
            report.getViolations().stream()
                .limit(30)
                .map(Object::toString)
                .collect(Collectors.joining("\n")));
    assertTrue(ontology.getIndividualsInSignature().size() > 100, "individuals are there");
    var reasoner = new ReasonerFactory().createReasoner(ontology, new Configuration());
    try {
      assertTrue(reasoner.isConsistent(), "HermiT finds the bundle consistent");
    } finally {
      reasoner.dispose();
    }
  }

  private static long jenaQuads(Path file, Lang lang) {
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(file.toString(), lang);
    return Iter.count(dsg.find());
  }

  private static String sha256(Path file) throws Exception {
    var digest = java.security.MessageDigest.getInstance("SHA-256");
    return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
  }
}
