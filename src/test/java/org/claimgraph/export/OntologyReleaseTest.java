package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;

class OntologyReleaseTest {

  private static final Path SOURCE = Path.of("ontology/claimgraph.ttl");

  @Test
  void writesEveryFormWithTheSameTriples(@TempDir Path out) {
    List<Path> files = OntologyRelease.write(SOURCE, out);
    assertEquals(
        List.of("claimgraph.ttl", "claimgraph.owl", "claimgraph.nt"),
        files.stream().map(p -> p.getFileName().toString()).toList());
    Model source = RDFDataMgr.loadModel(SOURCE.toString());
    for (Path file : files) {
      assertTrue(source.isIsomorphicWith(RDFDataMgr.loadModel(file.toString())), file.toString());
    }
  }

  @Test
  void rdfXmlFormOpensInTheOwlApiAsOwl2Dl(@TempDir Path out) throws Exception {
    OntologyRelease.write(SOURCE, out);
    OWLOntology ontology =
        OWLManager.createOWLOntologyManager()
            .loadOntologyFromOntologyDocument(out.resolve("claimgraph.owl").toFile());
    assertTrue(new OWL2DLProfile().checkOntology(ontology).isInProfile());
  }

  @Test
  void refusesAnOntologyWithoutVersionIri(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.ttl");
    Files.writeString(
        bad, "<https://example.org/o> a <http://www.w3.org/2002/07/owl#Ontology> .\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> OntologyRelease.write(bad, dir.resolve("out")));
    assertTrue(e.getMessage().contains("versionIRI"));
  }
}
