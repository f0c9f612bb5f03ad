package org.claimgraph.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.ArticleGraphMapper;
import org.claimgraph.graph.GazetteerReader;
import org.claimgraph.vocab.Iris;

/**
 * Measures extraction throughput on one thread: extracts the sample articles and the gold texts
 * over and over for N seconds (default 20, the first quarter a warm-up) and prints MB/s, both per
 * second of wall time and per second of the thread's CPU time (the latter is steadier on a shared,
 * busy machine, where the thread waits for a core). A tool to run by hand, not a test: timings on
 * shared machines make poor assertions.
 *
 * <p>After the seconds, {@code --map} also maps each article to its Jena graph (what {@code bench
 * run} measures), and folders name other articles to read, such as a synthetic corpus from {@code
 * bench corpus}. A long run under JFR gives the profile of either.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.claimgraph.extract.ExtractionSpeed -Dexec.args=20
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.claimgraph.extract.ExtractionSpeed -Dexec.args="20 --map /tmp/corpus"
 * </pre>
 */
public final class ExtractionSpeed {

  private ExtractionSpeed() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    boolean map = args.length > 1 && args[1].equals("--map");
    List<Path> dirs = new ArrayList<>();
    for (int i = map ? 2 : 1; i < args.length; i++) {
      dirs.add(Path.of(args[i]));
    }
    if (dirs.isEmpty()) {
      dirs = List.of(Path.of("data/articles"), Path.of("src/test/resources/gold/texts"));
    }
    List<ArticleSource> articles = new ArrayList<>();
    ArticleFileReader reader = new ArticleFileReader();
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(ArticleFileReader::isArticleFile).sorted().toList()) {
          articles.add(reader.read(f));
        }
      }
    }
    long bytesPerRound = 0;
    for (ArticleSource a : articles) {
      bytesPerRound += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.readBundled());
    ArticleGraphMapper mapper = new ArticleGraphMapper(Iris.standard(), "speed");
    ToLongFunction<ArticleSource> work =
        map
            ? a -> mapper.map(extractor.extract(a), Instant.EPOCH).size()
            : a -> extractor.extract(a).claims().size();
    long warmUpEnd = System.nanoTime() + (long) (seconds * 0.25e9);
    while (System.nanoTime() < warmUpEnd) {
      articles.forEach(work::applyAsLong);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 0.75e9);
    long rounds = 0;
    long sink = 0;
    while (System.nanoTime() < end) {
      for (ArticleSource a : articles) {
        sink += work.applyAsLong(a); // keeps the work from being optimised away
      }
      rounds++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double mb = rounds * bytesPerRound / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%d articles (%.1f KB) x %d rounds in %.1f s on one thread: %.2f MB/s, %.0f articles/s"
            + " (%d %s); %.2f MB per CPU second (%.1f s of CPU)%n",
        articles.size(),
        bytesPerRound / 1e3,
        rounds,
        elapsed,
        mb / elapsed,
        rounds * articles.size() / elapsed,
        sink,
        map ? "triples" : "claims",
        mb / cpu,
        cpu);
  }
}
