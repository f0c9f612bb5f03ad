package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.graph.ArticleGraphMapper;
import org.claimgraph.graph.GazetteerReader;
import org.claimgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load pipeline on a few generated articles in real TDB2 stores: parallel and batched gives the
 * same graphs as sequential, an interrupted load resumes, and --keep-going skips a bad file.
 */
class ArticleLoaderTest {

  private static final Iris IRIS = Iris.standard();
  private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");
  private static Gazetteer gazetteer;
  private static RuleRunner rules;

  @TempDir static Path shared;
  @TempDir Path dir;
  private static Path corpus;

  @BeforeAll
  static void corpus() throws Exception {
    gazetteer = GazetteerReader.read(Path.of("data/gazetteer"));
    rules = RuleRunner.fromFolder(Path.of("queries/rules"), IRIS);
    corpus = shared.resolve("corpus");
    new CorpusGenerator(gazetteer).write(7, corpus, 42);
  }

  /** Extraction and mapping with a fixed load time, so that two loads can be compared. */
  private static Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraph() {
    return () -> {
      ArticleExtractor extractor = new ArticleExtractor(gazetteer);
      ArticleGraphMapper mapper = new ArticleGraphMapper(IRIS, "test");
      return (source, at) -> mapper.map(extractor.extract(source), AT);
    };
  }

  private static ArticleLoader loader(
      TdbStore store, Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraph) {
    return new ArticleLoader(store, IRIS, new ArticleFileReader(), toGraph, rules);
  }

  private static Graph copy(TdbStore store, String slug) {
    return store.read(
        dsg -> {
          Graph g = GraphFactory.createDefaultGraph();
          dsg.getGraph(IRIS.articleGraph(slug)).find().forEachRemaining(g::add);
          return g;
        });
  }

  @Test
  void parallelBatchesGiveTheSameGraphsAsOneSequentialTransaction() throws Exception {
    LoadOptions sequential = new LoadOptions(false, false, 100, 1);
    LoadOptions parallel = new LoadOptions(false, false, 2, 3);
    try (TdbStore one = TdbStore.open(dir.resolve("seq"));
        TdbStore many = TdbStore.open(dir.resolve("par"))) {
      LoadReport a = loader(one, toGraph()).load(List.of(corpus), sequential, LoadProgress.NONE);
      LoadReport b = loader(many, toGraph()).load(List.of(corpus), parallel, LoadProgress.NONE);
      assertEquals(7, a.loaded().size());
      assertEquals(a.loaded(), b.loaded(), "articles are settled in file order");
      assertEquals(1, a.batches());
      assertEquals(4, b.batches());
      assertEquals(a.triples(), b.triples());
      for (String slug : a.loaded()) {
        assertTrue(copy(one, slug).isIsomorphicWith(copy(many, slug)), slug);
      }
      Graph inferredA = one.read(dsg -> copyOf(dsg.getGraph(IRIS.inferredGraph())));
      Graph inferredB = many.read(dsg -> copyOf(dsg.getGraph(IRIS.inferredGraph())));
      assertTrue(inferredA.isIsomorphicWith(inferredB), "the rules derive the same");
    }
  }

  private static Graph copyOf(Graph g) {
    Graph c = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(c::add);
    return c;
  }

  @Test
  void anInterruptedLoadResumesWhereItStopped() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Supplier<BiFunction<ArticleSource, Instant, Graph>> dying =
        () -> {
          BiFunction<ArticleSource, Instant, Graph> real = toGraph().get();
          return (source, at) -> {
            if (source.slug().equals("report-000005")) {
              throw new IllegalStateException("simulated crash");
            }
            calls.incrementAndGet();
            return real.apply(source, at);
          };
        };
    LoadOptions batchesOfTwo = new LoadOptions(false, false, 2, 1);
    try (TdbStore store = TdbStore.open(dir.resolve("s"))) {
      assertThrows(
          IllegalStateException.class,
          () -> loader(store, dying).load(List.of(corpus), batchesOfTwo, LoadProgress.NONE));
      assertTrue(rules.isStale(store), "the batches written before the crash marked the rules");
      LoadReport resumed =
          loader(store, toGraph()).load(List.of(corpus), batchesOfTwo, LoadProgress.NONE);
      assertEquals(4, resumed.unchanged().size(), "the two committed batches are kept");
      assertEquals(List.of("report-000004", "report-000005", "report-000006"), resumed.loaded());
      assertFalse(rules.isStale(store), "the last batch ran the rules");
    }
  }

  @Test
  void aChangedArticleReplacesItsGraphWithNothingLeftOfTheOldOne() throws Exception {
    // Whole numbers are written as decimals: "153" would be read back by TDB2 as "153.0" and then
    // could not be deleted, so the old version's quantities stayed behind in the replaced graph.
    Path v1 = dir.resolve("v1/border-report.txt");
    Path v2 = dir.resolve("v2/border-report.txt");
    Files.createDirectories(v1.getParent());
    Files.createDirectories(v2.getParent());
    Files.writeString(
        v1,
        "Clashes at the border\n\nAround 153 Afghan soldiers fled across the border into Iran on"
            + " Friday. The Taliban captured the Islam Qala crossing, which earns around $20 million"
            + " per month.\n");
    Files.writeString(
        v2,
        "Clashes at the border\n\nMore than 40 Afghan soldiers fled across the border into Iran on"
            + " Friday.\n");
    try (TdbStore replaced = TdbStore.open(dir.resolve("replaced"));
        TdbStore fresh = TdbStore.open(dir.resolve("fresh"))) {
      loader(replaced, toGraph()).load(List.of(v1), false);
      loader(replaced, toGraph()).load(List.of(v2), false);
      loader(fresh, toGraph()).load(List.of(v2), false);
      Graph a = copy(replaced, "border-report");
      Graph b = copy(fresh, "border-report");
      assertEquals(b.size(), a.size(), "the replaced graph holds only the new version");
      assertTrue(a.isIsomorphicWith(b));
    }
  }

  @Test
  void aLoadOfOnlyUnchangedArticlesDerivesAStaleStoreAgain() throws Exception {
    try (TdbStore store = TdbStore.open(dir.resolve("s"))) {
      loader(store, toGraph()).load(List.of(corpus), false);
      long derived = store.read(dsg -> (long) dsg.getGraph(IRIS.inferredGraph()).size());
      assertTrue(derived > 0);
      store.write(rules::markStaleIn);
      assertTrue(rules.isStale(store));

      LoadReport again = loader(store, toGraph()).load(List.of(corpus), false);

      assertEquals(7, again.unchanged().size());
      assertFalse(rules.isStale(store));
      long after = store.read(dsg -> (long) dsg.getGraph(IRIS.inferredGraph()).size());
      assertEquals(derived, after);
    }
  }

  @Test
  void keepGoingSkipsABadFileAndWithoutItNothingIsWritten() throws Exception {
    Path mixed = dir.resolve("mixed");
    Files.createDirectories(mixed);
    for (int i = 0; i < 3; i++) {
      String name = String.format("report-%06d", i);
      Files.copy(corpus.resolve(name + ".txt"), mixed.resolve(name + ".txt"));
    }
    Files.writeString(mixed.resolve("report-000001b.txt"), "   \n");
    try (TdbStore store = TdbStore.open(dir.resolve("strict"))) {
      InputProblem p =
          assertThrows(
              InputProblem.class,
              () ->
                  loader(store, toGraph())
                      .load(List.of(mixed), LoadOptions.defaults(false), LoadProgress.NONE));
      assertTrue(p.getMessage().contains("report-000001b.txt"), p.getMessage());
      assertTrue(store.isEmpty());
    }
    try (TdbStore store = TdbStore.open(dir.resolve("lenient"))) {
      LoadReport r =
          loader(store, toGraph())
              .load(
                  List.of(mixed),
                  LoadOptions.defaults(false).withKeepGoing(true).withBatchSize(1),
                  LoadProgress.NONE);
      assertEquals(3, r.loaded().size());
      assertEquals(1, r.failures().size());
      assertEquals(mixed.resolve("report-000001b.txt"), r.failures().get(0).file());
      assertTrue(r.failures().get(0).reason().contains("empty"), r.failures().get(0).reason());
    }
  }
}
