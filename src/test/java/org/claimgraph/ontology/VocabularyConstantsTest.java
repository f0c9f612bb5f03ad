package org.claimgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CG} names exactly the ontology's terms, each under its local name and with the right kind.
 */
class VocabularyConstantsTest {

  private static Model ontology;

  @BeforeAll
  static void load() {
    ontology = RDFDataMgr.loadModel(OntologyFiles.ONTOLOGY.toString());
  }

  @Test
  void constantsAndOntologyTermsAreTheSameSet() throws IllegalAccessException {
    Set<String> inOntology = new TreeSet<>();
    ontology
        .listSubjectsWithProperty(RDF.type)
        .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(CG.NS))
        .forEach(s -> inOntology.add(s.getLocalName()));
    assertEquals(inOntology, constantNames(RDFNode.class));
  }

  @Test
  void propertiesArePropertiesAndTheRestAreNot() throws IllegalAccessException {
    Set<String> properties = new TreeSet<>();
    for (Resource type :
        new Resource[] {OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty}) {
      ontology
          .listSubjectsWithProperty(RDF.type, type)
          .filterKeep(s -> s.getURI().startsWith(CG.NS))
          .forEach(s -> properties.add(s.getLocalName()));
    }
    assertEquals(properties, constantNames(Property.class));
  }

  @Test
  void eachConstantIsNamedAfterItsLocalName() throws IllegalAccessException {
    for (Field field : CG.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Resource r) {
        assertEquals(CG.NS + field.getName(), r.getURI());
      }
    }
  }

  private static Set<String> constantNames(Class<?> kind) throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field field : CG.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && kind.isInstance(field.get(null))) {
        names.add(field.getName());
      }
    }
    return names;
  }
}
