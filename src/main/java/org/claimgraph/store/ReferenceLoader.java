package org.claimgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the RDF files the project ships, the ontology and the reference gazetteer, each into its
 * own named graph. A file that does not parse is reported with its line and column, and nothing is
 * written.
 */
public final class ReferenceLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ReferenceLoader.class);

  private final TdbStore store;
  private final Iris iris;

  /**
   * @param iris the store's IRIs: the shipped files are written under the default base and are
   *     moved to the store's own when it uses another
   */
  public ReferenceLoader(TdbStore store, Iris iris) {
    this.store = store;
    this.iris = iris;
  }

  /**
   * Replaces {@code graph} with the triples of {@code files} (RDF syntax chosen by file extension),
   * unless the graph already holds exactly these files' content. The graph records the files'
   * digest so that the check is cheap.
   *
   * @return whether the graph was rewritten
   */
  public boolean refresh(Node graph, List<Path> files) throws InputProblem {
    Node digest = NodeFactory.createLiteralString("sha256:" + digest(files));
    if (store.read(dsg -> dsg.contains(graph, graph, DCTerms.identifier.asNode(), digest))) {
      return false;
    }
    Graph content = GraphFactory.createDefaultGraph();
    for (Path file : files) {
      parseInto(file, content);
    }
    content = rebased(content);
    content.add(graph, DCTerms.identifier.asNode(), digest);
    store.replaceGraph(graph, content);
    LOG.info("Loaded {} ({} triples from {} files)", graph.getURI(), content.size(), files.size());
    return true;
  }

  private Graph rebased(Graph content) {
    if (iris.isDefault()) {
      return content;
    }
    Graph moved = GraphFactory.createDefaultGraph();
    content
        .find()
        .forEachRemaining(
            t ->
                moved.add(
                    iris.rebase(t.getSubject()), t.getPredicate(), iris.rebase(t.getObject())));
    return moved;
  }

  private static String digest(List<Path> files) throws InputProblem {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : files) {
        sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new InputProblem(files.get(0), "cannot be read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The RDF files directly in {@code folder}, sorted; an absent folder has none. */
  public static List<Path> rdfFiles(Path folder) throws InputProblem {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(
              p -> p.getFileName().toString().matches(".*\\.(ttl|nt|nq|trig|rdf|owl|jsonld)$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InputProblem(folder, "cannot be listed: " + e.getMessage());
    }
  }

  /**
   * Parses {@code file} into {@code graph}, turning the parser's complaint into one line with its
   * place.
   */
  public static void parseInto(Path file, Graph graph) throws InputProblem {
    if (!Files.isRegularFile(file)) {
      throw new InputProblem(file, "no such file");
    }
    try {
      RDFParser.source(file)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(graph);
    } catch (RiotException e) {
      throw new InputProblem(file, "is not valid RDF: " + e.getMessage());
    }
  }
}
