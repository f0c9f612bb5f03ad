package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.graph.ArticleGraphMapper;
import org.claimgraph.graph.GazetteerReader;
import org.claimgraph.store.ArticleLoader;
import org.claimgraph.store.ReferenceLoader;
import org.claimgraph.store.RuleRunner;
import org.claimgraph.store.StoreBase;
import org.claimgraph.store.StoreProblem;
import org.claimgraph.store.TdbStore;
import org.claimgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the commands share: the project's folders, the store, and the load pipeline wired from
 * extraction, mapping and storage. Opening for writing keeps the ontology and reference graphs in
 * step with the files.
 */
final class Workspace {

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  private final ProjectHome home;

  /** The IRIs of the store last opened: its base is the store's, known once it is open. */
  private Iris iris;

  Workspace(ProjectHome home) {
    this.home = home;
    this.iris = Iris.standard();
  }

  ProjectHome home() {
    return home;
  }

  /** The IRIs of the store opened (the default base before one is). */
  Iris iris() {
    return iris;
  }

  /** Opens a store that must already exist: for commands that only read. */
  TdbStore openExisting(Path folder) {
    return openExisting(folder, false);
  }

  /**
   * The same, for one pass over the whole store when {@code scan} (exports): small node caches, so
   * that memory stays flat whatever the store's size.
   */
  TdbStore openExisting(Path folder, boolean scan) {
    if (!isStore(folder)) {
      throw new StoreProblem(
          "No store at "
              + folder.toAbsolutePath().normalize()
              + "; create one with 'claimgraph load FILE' or 'claimgraph serve', or point --store at one.");
    }
    TdbStore store = scan ? TdbStore.openForScan(folder) : TdbStore.open(folder);
    try {
      iris = StoreBase.resolve(store, Optional.empty());
      if (RuleRunner.isStale(store, iris.inferredGraph())) {
        LOG.warn(
            "The derived statuses are out of date: a load stopped before its last batch."
                + " Run 'claimgraph derive' (or any load) to bring them up to date.");
      }
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Opens (creating if needed) a store, brings its ontology and reference graphs up to date, and
   * derives again when either changed or a load left the derivations stale.
   */
  TdbStore openForWriting(Path folder) throws InputProblem {
    return openForWriting(folder, Optional.empty());
  }

  /**
   * The same, for a store whose base IRI is {@code base} when given: a new store takes it, a store
   * under another base is refused.
   */
  TdbStore openForWriting(Path folder, Optional<String> base) throws InputProblem {
    return openForWriting(folder, base, true);
  }

  /** The same; without {@code derive}, for a caller that runs the rules itself right after. */
  TdbStore openForWriting(Path folder, Optional<String> base, boolean derive) throws InputProblem {
    base.ifPresent(Workspace::checkBase);
    TdbStore store = TdbStore.open(folder);
    try {
      iris = StoreBase.resolve(store, base);
      refreshReference(store, derive);
      return store;
    } catch (InputProblem | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private void refreshReference(TdbStore store, boolean derive) throws InputProblem {
    ReferenceLoader reference = new ReferenceLoader(store, iris);
    boolean changed = false;
    if (Files.isRegularFile(home.ontology())) {
      changed |= reference.refresh(iris.ontologyGraph(), List.of(home.ontology()));
    }
    List<Path> gazetteer = ReferenceLoader.rdfFiles(home.gazetteer());
    if (!gazetteer.isEmpty()) {
      changed |= reference.refresh(iris.referenceGraph(), gazetteer);
    }
    // Derivations read the ontology and the reference data: new versions of either must show in
    // them. A load killed between its batches leaves them stale too.
    RuleRunner rules = rules();
    if (!derive) {
      return;
    }
    if (changed && hasArticles(store)) {
      rules.run(store);
    } else if (rules.isStale(store)) {
      LOG.warn("A load stopped before its last batch: deriving the statuses again");
      rules.run(store);
    }
  }

  /** Whether any article graph is in the store. */
  boolean hasArticles(TdbStore store) {
    // Names only: counting every graph's triples would make each start slower as the corpus grows.
    return store.hasGraphStartingWith(iris.articleGraphPrefix());
  }

  /** The loader that reads, extracts, maps and stores articles, then runs the rules. */
  ArticleLoader loader(TdbStore store) throws InputProblem {
    Gazetteer gazetteer = gazetteer();
    String version = VersionProvider.version();
    return new ArticleLoader(
        store,
        iris,
        new ArticleFileReader(),
        () -> {
          // One extractor and mapper per extraction thread; the gazetteer is read-only and shared.
          ArticleGraphMapper mapper = new ArticleGraphMapper(iris, version);
          ArticleExtractor extractor = new ArticleExtractor(gazetteer);
          return (source, at) -> mapper.map(extractor.extract(source), at);
        },
        rules());
  }

  /** The derivation rules in queries/rules/. */
  RuleRunner rules() throws InputProblem {
    return RuleRunner.fromFolder(home.rules(), iris);
  }

  Gazetteer gazetteer() throws InputProblem {
    try {
      return GazetteerReader.read(home.gazetteer());
    } catch (java.io.IOException | RuntimeException e) {
      throw new InputProblem(home.gazetteer(), "the gazetteer cannot be read: " + e.getMessage());
    }
  }

  private static void checkBase(String base) {
    try {
      Iris.under(base);
    } catch (IllegalArgumentException e) {
      throw new UserError("--base: " + e.getMessage() + ".");
    }
  }

  /** Whether {@code folder} holds a TDB2 database. */
  static boolean isStore(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (var list = Files.list(folder)) {
      return list.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
