package org.claimgraph.ontology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyIRIMapper;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.util.SimpleIRIMapper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The ontology folder's files, and loading the ontology with the OWL API through its Protégé
 * catalog.
 */
final class OntologyFiles {

  static final Path DIR = Path.of("ontology");
  static final Path ONTOLOGY = DIR.resolve("claimgraph.ttl");
  static final Path SHAPES = DIR.resolve("shapes.ttl");
  static final Path CATALOG = DIR.resolve("catalog-v001.xml");

  private OntologyFiles() {}

  /**
   * One IRI mapper per {@code <uri name=… uri=…/>} entry of a Protégé catalog, as Protégé reads it.
   */
  static List<OWLOntologyIRIMapper> catalogMappers(Path catalog) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList entries =
          factory
              .newDocumentBuilder()
              .parse(catalog.toFile())
              .getElementsByTagNameNS("urn:oasis:names:tc:entity:xmlns:xml:catalog", "uri");
      Path folder = catalog.toAbsolutePath().getParent();
      List<OWLOntologyIRIMapper> mappers = new ArrayList<>();
      for (int i = 0; i < entries.getLength(); i++) {
        Element entry = (Element) entries.item(i);
        Path file = folder.resolve(entry.getAttribute("uri")).normalize();
        if (!Files.isRegularFile(file)) {
          throw new IllegalStateException(catalog + " maps to a missing file: " + file);
        }
        mappers.add(
            new SimpleIRIMapper(IRI.create(entry.getAttribute("name")), IRI.create(file.toUri())));
      }
      return mappers;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("Cannot read " + catalog, e);
    }
  }

  /** A fresh manager that resolves IRIs through the catalog only (the tests run offline). */
  static OWLOntologyManager managerWithCatalog() {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    manager.getIRIMappers().clear();
    catalogMappers(CATALOG).forEach(manager.getIRIMappers()::add);
    return manager;
  }

  /** The ontology loaded by its IRI, resolved through the catalog. */
  static OWLOntology loadByIri(String iri) {
    try {
      return managerWithCatalog().loadOntology(IRI.create(iri));
    } catch (OWLOntologyCreationException e) {
      throw new IllegalStateException("Cannot load " + iri + " through " + CATALOG, e);
    }
  }
}
