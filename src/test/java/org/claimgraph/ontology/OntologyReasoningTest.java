package org.claimgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * HermiT finds the ontology consistent, every class satisfiable, and draws the intended inferences.
 */
class OntologyReasoningTest {

  private static final String ACTOR = "https://w3id.org/claimgraph/id/actor/";
  private static final String PLACE = "https://w3id.org/claimgraph/id/place/";

  @Test
  void ontologyIsConsistentAndEveryClassSatisfiable() {
    OWLOntology ontology = OntologyFiles.loadByIri(CG.ONTOLOGY_IRI);
    OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, new Configuration());
    try {
      assertTrue(reasoner.isConsistent(), "inconsistent ontology");
      Set<String> unsatisfiable = new TreeSet<>();
      for (OWLClass c : reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()) {
        unsatisfiable.add(c.getIRI().toString());
      }
      assertEquals(Set.of(), unsatisfiable);
    } finally {
      reasoner.dispose();
    }
  }

  @Test
  void validFixtureIsConsistentAndAffiliationIsTransitive() {
    Model data = ontologyPlus(Path.of("src/test/resources/shapes/valid.ttl"));
    OWLReasoner reasoner = reasonerFor(data);
    try {
      assertTrue(reasoner.isConsistent(), "ontology + valid fixture inconsistent");
      OWLDataFactory df = OWLManager.getOWLDataFactory();
      // spokespersonFor the ministry, the ministry ministryOf the government: affiliated with both.
      assertTrue(
          reasoner.isEntailed(
              df.getOWLObjectPropertyAssertionAxiom(
                  df.getOWLObjectProperty(IRI.create(CG.affiliatedWith.getURI())),
                  df.getOWLNamedIndividual(IRI.create(ACTOR + "lena-ostrova")),
                  df.getOWLNamedIndividual(IRI.create(ACTOR + "avaria-government")))));
    } finally {
      reasoner.dispose();
    }
  }

  @Test
  void aGovernmentIsAffiliatedWithTheStateOfItsCountry() {
    Model data = ontologyPlus(Path.of("src/test/resources/shapes/valid.ttl"));
    data.createResource(ACTOR + "avaria")
        .addProperty(RDF.type, CG.State)
        .addProperty(CG.correspondsToCountry, data.createResource(PLACE + "avaria"));
    OWLReasoner reasoner = reasonerFor(data);
    try {
      OWLDataFactory df = OWLManager.getOWLDataFactory();
      assertTrue(
          reasoner.isEntailed(
              df.getOWLObjectPropertyAssertionAxiom(
                  df.getOWLObjectProperty(IRI.create(CG.affiliatedWith.getURI())),
                  df.getOWLNamedIndividual(IRI.create(ACTOR + "lena-ostrova")),
                  df.getOWLNamedIndividual(IRI.create(ACTOR + "avaria")))));
    } finally {
      reasoner.dispose();
    }
  }

  @Test
  void aPlaceCannotAlsoBeAnActor() {
    Model data = ontologyPlus(Path.of("src/test/resources/shapes/valid.ttl"));
    data.createResource(PLACE + "avaria").addProperty(RDF.type, CG.State);
    OWLReasoner reasoner = reasonerFor(data);
    try {
      assertFalse(reasoner.isConsistent(), "a country typed as a state should be inconsistent");
    } finally {
      reasoner.dispose();
    }
  }

  private static Model ontologyPlus(Path data) {
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(model, OntologyFiles.ONTOLOGY.toString(), Lang.TURTLE);
    RDFDataMgr.read(model, data.toString(), Lang.TURTLE);
    return model;
  }

  private static OWLReasoner reasonerFor(Model model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RDFDataMgr.write(bytes, model, Lang.NTRIPLES);
    try {
      OWLOntology ontology =
          OWLManager.createOWLOntologyManager()
              .loadOntologyFromOntologyDocument(new ByteArrayInputStream(bytes.toByteArray()));
      Configuration configuration = new Configuration();
      // Instance data carries xsd:date literals (time:inXSDDate), outside OWL 2's datatype map.
      configuration.ignoreUnsupportedDatatypes = true;
      return new ReasonerFactory().createReasoner(ontology, configuration);
    } catch (OWLOntologyCreationException e) {
      throw new IllegalStateException(e);
    }
  }
}
