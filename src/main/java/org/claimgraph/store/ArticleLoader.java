package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
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
 * Loads article files into the store, one named graph each, as a bounded pipeline: files are read,
 * extracted and mapped on a pool of threads, and the graphs are written in batches, one write
 * transaction each. The rules run once per load, in the last batch's transaction: rerunning them
 * after every batch made a bulk load quadratic, as each run derives over the whole store. The
 * batches before the last mark the inferred graph stale (see {@link RuleRunner#markStaleIn}), so
 * readers in between see the earlier derivations and a killed load leaves the mark for the next
 * command to re-derive. A load of one batch, as the server's are, stays one transaction with its
 * rules. Unless told to keep going, every file is checked before anything is written, so a bad file
 * leaves the store exactly as it was; an article whose content hash is already stored is skipped,
 * so an interrupted load resumes where it stopped.
 */
public final class ArticleLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

  /**
   * Articles in flight per extraction thread: enough to keep the pool busy while a batch commits.
   */
  private static final int IN_FLIGHT_PER_THREAD = 8;

  private final TdbStore store;
  private final Iris iris;
  private final ArticleFileReader reader;
  private final Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraphFactory;
  private final RuleRunner rules;

  /**
   * @param toGraphFactory makes, once per extraction thread, what turns a read article into its
   *     graph (extraction and mapping); each thread gets its own so none of it need be thread-safe
   * @param rules the derivation rules, run in the last batch's transaction
   */
  public ArticleLoader(
      TdbStore store,
      Iris iris,
      ArticleFileReader reader,
      Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraphFactory,
      RuleRunner rules) {
    this.store = store;
    this.iris = iris;
    this.reader = reader;
    this.toGraphFactory = toGraphFactory;
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
   * Loads {@code paths} with the default options; see {@link #load(List, LoadOptions,
   * LoadProgress)}.
   */
  public LoadReport load(List<Path> paths, boolean force) throws InputProblem {
    return load(paths, LoadOptions.defaults(force), LoadProgress.NONE);
  }

  /**
   * Loads {@code paths}.
   *
   * @throws InputProblem without {@code keepGoing}, for the first input that is not a readable
   *     article; nothing is written then
   */
  public LoadReport load(List<Path> paths, LoadOptions options, LoadProgress progress)
      throws InputProblem {
    long start = System.nanoTime();
    List<Path> files = articleFiles(paths);
    Map<Path, String> duplicates = duplicateIds(files, options.keepGoing());
    if (!options.keepGoing()) {
      // Read every file once before writing anything: the promise that one bad file leaves the
      // store as it was. The pipeline reads them again; the page cache makes that cheap.
      for (Path file : files) {
        reader.read(file);
      }
    }
    Run run = new Run(files.size(), options, progress, start);
    ThreadLocal<BiFunction<ArticleSource, Instant, Graph>> toGraph =
        ThreadLocal.withInitial(toGraphFactory);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), named("extract"));
    ExecutorService writer = Executors.newSingleThreadExecutor(named("write"));
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      int window = options.threads() * IN_FLIGHT_PER_THREAD;
      int next = 0;
      while (next < files.size() || !inFlight.isEmpty()) {
        while (inFlight.size() < window && next < files.size()) {
          Path file = files.get(next++);
          String duplicate = duplicates.get(file);
          inFlight.add(
              duplicate != null
                  ? pool.submit(() -> new Failed(file, duplicate, null))
                  : pool.submit(() -> process(file, options.force(), toGraph.get())));
        }
        run.settle(await(inFlight.poll()));
        if (run.batch.size() >= options.batchSize()) {
          run.flush(writer, next == files.size() && inFlight.isEmpty());
        }
      }
      run.flush(writer, true);
      run.awaitWrite();
      run.deriveIfStale();
    } finally {
      pool.shutdownNow();
      writer.shutdown();
    }
    return run.report(System.nanoTime());
  }

  /** Files whose article id another file earlier in the list already has, with the reason. */
  private static Map<Path, String> duplicateIds(List<Path> files, boolean keepGoing)
      throws InputProblem {
    Map<String, Path> seen = new HashMap<>();
    Map<Path, String> duplicates = new HashMap<>();
    for (Path file : files) {
      Path twin = seen.putIfAbsent(ArticleFileReader.slugOf(file), file);
      if (twin != null) {
        String reason =
            "has the same article id '"
                + ArticleFileReader.slugOf(file)
                + "' as "
                + twin
                + "; rename one of them";
        if (!keepGoing) {
          throw new InputProblem(file, reason);
        }
        duplicates.put(file, reason);
      }
    }
    return duplicates;
  }

  private Outcome process(
      Path file, boolean force, BiFunction<ArticleSource, Instant, Graph> toGraph) {
    ArticleSource source;
    try {
      source = reader.read(file);
    } catch (InputProblem e) {
      return new Failed(file, e.getMessage(), e);
    }
    Node graphName = iris.articleGraph(source.slug());
    if (!force && alreadyStored(graphName, source)) {
      return new Unchanged(source.slug());
    }
    try {
      return new Extracted(source, graphName, toGraph.apply(source, Instant.now()));
    } catch (RuntimeException e) {
      LOG.debug("Extraction failed for {}", file, e);
      return new Failed(file, file + ": extraction failed: " + e, e);
    }
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("load interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  private boolean alreadyStored(Node graphName, ArticleSource source) {
    Node article = NodeFactory.createURI(iris.article(source.slug()));
    Node hash = NodeFactory.createLiteralString(ArticleGraphMapper.contentHash(source));
    return store.read(
        (DatasetGraph dsg) -> dsg.contains(graphName, article, CG.contentHash.asNode(), hash));
  }

  private static java.util.concurrent.ThreadFactory named(String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "claimgraph-" + role + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** What became of one file before writing. */
  private sealed interface Outcome permits Extracted, Unchanged, Failed {}

  private record Extracted(ArticleSource source, Node graphName, Graph graph) implements Outcome {}

  private record Unchanged(String slug) implements Outcome {}

  private record Failed(Path file, String reason, Exception cause) implements Outcome {}

  /** The state of one load: the batch being filled, the write in progress, the tallies. */
  private final class Run {
    private final int total;
    private final LoadOptions options;
    private final LoadProgress progress;
    private final long start;
    private final List<Extracted> batch = new ArrayList<>();
    private final List<String> loaded = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private final List<LoadFailure> failures = new ArrayList<>();
    private long triples;
    private int batches;
    private int processed;
    private Future<?> write;

    Run(int total, LoadOptions options, LoadProgress progress, long start) {
      this.total = total;
      this.options = options;
      this.progress = progress;
      this.start = start;
    }

    void settle(Outcome outcome) throws InputProblem {
      if (outcome instanceof Extracted e) {
        batch.add(e);
      } else if (outcome instanceof Unchanged u) {
        unchanged.add(u.slug());
      } else if (outcome instanceof Failed f) {
        if (!options.keepGoing()) {
          awaitWrite();
          if (f.cause() instanceof InputProblem p) {
            throw p;
          }
          throw new IllegalStateException(f.reason(), f.cause());
        }
        LOG.warn("Skipped {}", f.reason());
        failures.add(new LoadFailure(f.file(), f.reason()));
      }
      tick();
    }

    /**
     * Hands the batch to the writer once the previous one has committed: one batch waits at most.
     */
    void flush(ExecutorService writer, boolean last) {
      if (batch.isEmpty()) {
        return;
      }
      awaitWrite();
      List<Extracted> toWrite = List.copyOf(batch);
      batch.clear();
      write = writer.submit(() -> writeBatch(toWrite, last));
    }

    private void writeBatch(List<Extracted> toWrite, boolean last) {
      long t0 = System.nanoTime();
      // One transaction for the batch and, for the last, the derivations: readers see all of it or
      // none of it.
      store.write(
          dsg -> {
            toWrite.forEach(e -> TdbStore.replaceGraphIn(dsg, e.graphName(), e.graph()));
            if (last) {
              runRules(dsg);
            } else {
              rules.markStaleIn(dsg);
            }
          });
      long written = 0;
      for (Extracted e : toWrite) {
        written += e.graph().size();
        LOG.debug("Loaded {} ({} triples)", e.source().file().getFileName(), e.graph().size());
      }
      LOG.debug(
          "Committed a batch of {} article(s), {} triples, in {} ms",
          toWrite.size(),
          written,
          (System.nanoTime() - t0) / 1_000_000);
      synchronized (this) {
        toWrite.forEach(e -> loaded.add(e.source().slug()));
        triples += written;
        batches++;
      }
    }

    /**
     * Runs the rules in a transaction of their own when the last write did not: the load ended on
     * unchanged or failed files, or an earlier load was killed before its last batch.
     */
    void deriveIfStale() {
      if (rules.isStale(store)) {
        store.write(this::runRules);
      }
    }

    private void runRules(DatasetGraph dsg) {
      long start = System.nanoTime();
      LOG.info("Running the derivation rules over the whole store");
      rules.runIn(dsg);
      LOG.info("The rules ran in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    void awaitWrite() {
      if (write == null) {
        return;
      }
      try {
        write.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("load interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        write = null;
      }
    }

    /** Progress counts articles extracted (or skipped): writing runs behind by a batch at most. */
    private void tick() {
      processed++;
      progress.advanced(processed, total, (System.nanoTime() - start) / 1_000_000);
    }

    synchronized LoadReport report(long end) {
      return new LoadReport(
          List.copyOf(loaded),
          List.copyOf(unchanged),
          List.copyOf(failures),
          triples,
          batches,
          (end - start) / 1_000_000);
    }
  }
}
