package org.claimgraph.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.extract.source.InputProblem;

/**
 * Extraction and mapping speed in memory, without the store: the articles are read first, then
 * turned into graphs by one thread and by one thread per core.
 */
public final class ExtractionBench {

  /** Speed with some number of threads. */
  public record Speed(int threads, double megabytes, double seconds, long triples) {
    public double mbPerSecond() {
      return megabytes / seconds;
    }

    public double mbPerSecondPerThread() {
      return mbPerSecond() / threads;
    }
  }

  private final Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraph;

  public ExtractionBench(Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraph) {
    this.toGraph = toGraph;
  }

  public static List<ArticleSource> read(List<Path> files) throws InputProblem {
    ArticleFileReader reader = new ArticleFileReader();
    List<ArticleSource> sources = new ArrayList<>();
    for (Path f : files) {
      sources.add(reader.read(f));
    }
    return sources;
  }

  /** Extracts all {@code sources} with {@code threads} threads, after a warm-up pass. */
  public Speed measure(List<ArticleSource> sources, int threads) throws Exception {
    double mb = sources.stream().mapToLong(s -> s.text().length()).sum() / 1e6;
    run(sources.subList(0, Math.min(200, sources.size())), threads); // JIT warm-up
    long start = System.nanoTime();
    long triples = run(sources, threads);
    return new Speed(threads, mb, (System.nanoTime() - start) / 1e9, triples);
  }

  private long run(List<ArticleSource> sources, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        parts.add(
            pool.submit(
                () -> {
                  BiFunction<ArticleSource, Instant, Graph> f = toGraph.get();
                  long n = 0;
                  for (int i = offset; i < sources.size(); i += threads) {
                    n += f.apply(sources.get(i), Instant.EPOCH).size();
                  }
                  return n;
                }));
      }
      long total = 0;
      for (Future<Long> p : parts) {
        total += p.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }
}
