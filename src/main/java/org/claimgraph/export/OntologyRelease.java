package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the ontology's release files (Turtle, RDF/XML for OWL tools, N-Triples) from the
 * hand-edited source, so that {@code mvn package} leaves them in {@code target/ontology/}; the
 * build runs {@link #main} at prepare-package.
 */
public final class OntologyRelease {

  /** One release file: its name and the RDF format it is written in. */
  public record Form(String fileName, RDFFormat format) {}

  /**
   * The release forms. The Turtle form is the source itself, copied byte for byte so that its
   * comments and order survive.
   */
  public static final List<Form> FORMS =
      List.of(
          new Form("claimgraph.ttl", RDFFormat.TURTLE),
          new Form("claimgraph.owl", RDFFormat.RDFXML_ABBREV),
          new Form("claimgraph.nt", RDFFormat.NTRIPLES));

  private OntologyRelease() {}

  /**
   * Writes every release form of {@code source} into {@code targetDir} and returns the files
   * written.
   *
   * @throws IllegalArgumentException if the source has no single ontology with a version IRI
   */
  public static List<Path> write(Path source, Path targetDir) {
    Model model = RDFDataMgr.loadModel(source.toString(), Lang.TURTLE);
    requireVersionIri(model, source);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(targetDir);
      for (Form form : FORMS) {
        Path file = targetDir.resolve(form.fileName());
        if (form.format().equals(RDFFormat.TURTLE)) {
          Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } else {
          try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, model, form.format());
          }
        }
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the ontology release into " + targetDir, e);
    }
    return written;
  }

  private static void requireVersionIri(Model model, Path source) {
    List<Resource> ontologies = model.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
    if (ontologies.size() != 1) {
      throw new IllegalArgumentException(
          source + ": expected one owl:Ontology, found " + ontologies.size());
    }
    Statement version = ontologies.get(0).getProperty(OWL2.versionIRI);
    if (version == null || !version.getObject().isURIResource()) {
      throw new IllegalArgumentException(source + ": the ontology has no owl:versionIRI");
    }
  }

  /** Arguments: the source Turtle file and the folder to write into. */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("Usage: OntologyRelease <source.ttl> <target folder>");
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }
}
