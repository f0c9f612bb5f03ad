package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.graph.ArticleGraphMapper;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads article files into the store, one named graph each. All inputs are read and checked before
 * anything is written, so a bad file leaves the store exactly as it was; each article's graph is
 * then replaced in one write transaction, and an article whose content hash is already stored is
 * skipped.
 */
public final class ArticleLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

  private final TdbStore store;
  private final Iris iris;
  private final ArticleFileReader reader;
  private final BiFunction<ArticleSource, Instant, Graph> toGraph;
  private final RuleRunner rules;

  /**
   * @param toGraph turns a read article into its graph (extraction and mapping)
   * @param rules the derivation rules, run once after the batch in the same transaction
   */
  public ArticleLoader(
      TdbStore store,
      Iris iris,
      ArticleFileReader reader,
      BiFunction<ArticleSource, Instant, Graph> toGraph,
      RuleRunner rules) {
    this.store = store;
    this.iris = iris;
    this.reader = reader;
    this.toGraph = toGraph;
    this.rules = rules;
  }

  /**
   * The article files under {@code paths}: files as given, folders searched recursively, sorted.
   */
  public static List<Path> articleFiles(List<Path> paths) throws InputProblem {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new InputProblem(path, "no such file or folder; check the path");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          List<Path> found =
              walk.filter(Files::isRegularFile)
                  .filter(ArticleFileReader::isArticleFile)
                  .sorted()
                  .toList();
          if (found.isEmpty()) {
            throw new InputProblem(path, "holds no article files (*.txt, *.html)");
          }
          files.addAll(found);
        } catch (IOException e) {
          throw new InputProblem(path, "cannot be listed: " + e.getMessage());
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Loads {@code paths}; with {@code force}, articles are reloaded even when unchanged.
   *
   * @throws InputProblem for the first input that is not a readable article; nothing is written
   *     then
   */
  public LoadReport load(List<Path> paths, boolean force) throws InputProblem {
    long start = System.nanoTime();
    Map<String, ArticleSource> sources = new LinkedHashMap<>();
    for (Path file : articleFiles(paths)) {
      ArticleSource source = reader.read(file);
      ArticleSource twin = sources.putIfAbsent(source.slug(), source);
      if (twin != null) {
        throw new InputProblem(
            file,
            "has the same article id '"
                + source.slug()
                + "' as "
                + twin.file()
                + "; rename one of them");
      }
    }
    List<String> unchanged = new ArrayList<>();
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    Map<Node, ArticleSource> byGraph = new LinkedHashMap<>();
    for (ArticleSource source : sources.values()) {
      Node graphName = iris.articleGraph(source.slug());
      if (!force && alreadyStored(graphName, source)) {
        unchanged.add(source.slug());
        continue;
      }
      graphs.put(graphName, toGraph.apply(source, Instant.now()));
      byGraph.put(graphName, source);
    }
    List<String> loaded = new ArrayList<>();
    long triples = 0;
    if (!graphs.isEmpty()) {
      // One transaction for the batch and its derivations: readers see all of it or none of it.
      store.write(
          dsg -> {
            graphs.forEach((name, graph) -> TdbStore.replaceGraphIn(dsg, name, graph));
            rules.runIn(dsg);
          });
      for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
        ArticleSource source = byGraph.get(e.getKey());
        loaded.add(source.slug());
        triples += e.getValue().size();
        LOG.info("Loaded {} ({} triples)", source.file().getFileName(), e.getValue().size());
      }
    }
    return new LoadReport(loaded, unchanged, triples, (System.nanoTime() - start) / 1_000_000);
  }

  private boolean alreadyStored(Node graphName, ArticleSource source) {
    Node article = NodeFactory.createURI(iris.article(source.slug()));
    Node hash = NodeFactory.createLiteralString(ArticleGraphMapper.contentHash(source));
    return store.read(
        (DatasetGraph dsg) -> dsg.contains(graphName, article, CG.contentHash.asNode(), hash));
  }
}
