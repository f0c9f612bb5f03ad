package org.claimgraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * A Fuseki assembler configuration, read and checked before the server is built. The bundled
 * default is pointed at the store the user chose; a user's own file is used as written.
 */
public final class ServerConfig {

  private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
  private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
  private static final Resource FUSEKI_SERVER =
      ResourceFactory.createResource("http://jena.apache.org/fuseki#Server");
  private static final Property CONTEXT = ResourceFactory.createProperty(JA + "context");
  private static final Property CXT_NAME = ResourceFactory.createProperty(JA + "cxtName");
  private static final Property CXT_VALUE = ResourceFactory.createProperty(JA + "cxtValue");

  /**
   * The server context setting ({@code ja:context [ ja:cxtName "claimgraph:resultLimit" ;
   * ja:cxtValue "N" ]}) that caps the rows (or triples) of one SPARQL answer.
   */
  public static final String RESULT_LIMIT = "claimgraph:resultLimit";

  /** The cap when a configuration does not set one: large enough for any named question. */
  public static final long DEFAULT_RESULT_LIMIT = 100_000;

  static final Resource DATASET_TDB2 = ResourceFactory.createResource(TDB2 + "DatasetTDB2");
  static final Property LOCATION = ResourceFactory.createProperty(TDB2 + "location");

  private final Path file;
  private final Model model;

  private ServerConfig(Path file, Model model) {
    this.file = file;
    this.model = model;
  }

  /**
   * Reads {@code file}; a missing file or a syntax error is a {@link ConfigProblem} naming line and
   * column.
   */
  public static ServerConfig read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigProblem("Config file " + file + " does not exist; check the --config path.");
    }
    Model model = ModelFactory.createDefaultModel();
    try {
      RDFParser.source(file)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(model);
    } catch (RiotException e) {
      throw new ConfigProblem("Config file " + file + " does not parse: " + e.getMessage(), e);
    }
    List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, DATASET_TDB2).toList();
    if (datasets.isEmpty()) {
      throw new ConfigProblem(
          "Config file "
              + file
              + " describes no tdb2:DatasetTDB2; claimgraph serves a TDB2 store.");
    }
    return new ServerConfig(file, model);
  }

  public Path file() {
    return file;
  }

  /** The assembler model, for Fuseki's builder. */
  public Model model() {
    return model;
  }

  /** Points every TDB2 dataset of the configuration at {@code store}. */
  public ServerConfig withStore(Path store) {
    Model copy = ModelFactory.createDefaultModel().add(model);
    copy.setNsPrefixes(model.getNsPrefixMap());
    for (Resource ds : copy.listSubjectsWithProperty(RDF.type, DATASET_TDB2).toList()) {
      ds.removeAll(LOCATION);
      ds.addProperty(LOCATION, store.toAbsolutePath().normalize().toString());
    }
    return new ServerConfig(file, copy);
  }

  /**
   * The most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one SPARQL answer may have: the
   * server's {@value #RESULT_LIMIT} context setting, or {@value #DEFAULT_RESULT_LIMIT}.
   */
  public long resultLimit() {
    for (Resource server : model.listSubjectsWithProperty(RDF.type, FUSEKI_SERVER).toList()) {
      for (Statement setting : server.listProperties(CONTEXT).toList()) {
        if (!setting.getObject().isResource()) {
          continue;
        }
        Resource cxt = setting.getResource();
        Statement name = cxt.getProperty(CXT_NAME);
        if (name == null || !RESULT_LIMIT.equals(name.getObject().toString())) {
          continue;
        }
        Statement value = cxt.getProperty(CXT_VALUE);
        String text =
            value == null
                ? ""
                : value.getObject().isLiteral()
                    ? value.getLiteral().getLexicalForm()
                    : value.getObject().toString();
        try {
          long limit = Long.parseLong(text.strip());
          if (limit >= 1) {
            return limit;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new ConfigProblem(
            "Config file "
                + file
                + ": "
                + RESULT_LIMIT
                + " must be a whole number of rows, at least 1 (found '"
                + text
                + "').");
      }
    }
    return DEFAULT_RESULT_LIMIT;
  }

  /**
   * The store folder the configuration serves: the first TDB2 dataset's location, resolved against
   * the config file's folder when relative.
   */
  public Path storeLocation() {
    Resource ds = model.listSubjectsWithProperty(RDF.type, DATASET_TDB2).next();
    Statement location = ds.getProperty(LOCATION);
    if (location == null || !location.getObject().isLiteral()) {
      throw new ConfigProblem("Config file " + file + ": the TDB2 dataset has no tdb2:location.");
    }
    Path path = Path.of(location.getString());
    return path.isAbsolute() ? path : Path.of("").toAbsolutePath().resolve(path).normalize();
  }
}
