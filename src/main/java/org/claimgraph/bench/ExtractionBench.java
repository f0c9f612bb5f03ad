package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * turned into graphs by one thread and by one thread per core. Besides wall time it sums the worker
 * threads' CPU time, which stays steady on a shared, busy machine where a thread waits for a core.
 */
public final class ExtractionBench {

  /** Speed with some number of threads; {@code cpuSeconds} summed over the worker threads. */
  public record Speed(
      int threads, double megabytes, double seconds, double cpuSeconds, long triples) {
    public double mbPerSecond() {
      return megabytes / seconds;
    }

    public double mbPerSecondPerThread() {
      return mbPerSecond() / threads;
    }

    /** What one thread does with a core to itself: the figure issue #7's target is set in. */
    public double mbPerCpuSecond() {
      return megabytes / cpuSeconds;
    }
  }

  /** The figures of one run: triples made and CPU time used by the workers. */
  private record Work(long triples, long cpuNanos) {}

  /** Passes over the articles before the timed one, so that the JIT has compiled the hot code. */
  private static final int WARM_UP_PASSES = 3;

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
    for (int i = 0; i < WARM_UP_PASSES; i++) {
      run(sources, threads);
    }
    long start = System.nanoTime();
    Work work = run(sources, threads);
    return new Speed(
        threads, mb, (System.nanoTime() - start) / 1e9, work.cpuNanos() / 1e9, work.triples());
  }

  private Work run(List<ArticleSource> sources, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try {
      List<Future<Work>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        parts.add(
            pool.submit(
                () -> {
                  long cpuStart = cpu.getCurrentThreadCpuTime();
                  BiFunction<ArticleSource, Instant, Graph> f = toGraph.get();
                  long n = 0;
                  for (int i = offset; i < sources.size(); i += threads) {
                    n += f.apply(sources.get(i), Instant.EPOCH).size();
                  }
                  return new Work(n, cpu.getCurrentThreadCpuTime() - cpuStart);
                }));
      }
      long triples = 0;
      long cpuNanos = 0;
      for (Future<Work> p : parts) {
        triples += p.get().triples();
        cpuNanos += p.get().cpuNanos();
      }
      return new Work(triples, cpuNanos);
    } finally {
      pool.shutdown();
    }
  }
}
