package org.claimgraph.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.ArticleGraphMapper;
import org.claimgraph.graph.GazetteerReader;
import org.claimgraph.vocab.Iris;

/**
 * Compares the extraction speed of two builds in one JVM: each build's classes (copies of {@code
 * target/classes}, so that a rebuild cannot change them) get a class loader of their own, and the
 * two take turns (A B B A …) for slices of CPU time. On a shared machine, runs of {@link
 * ExtractionSpeed} in separate JVMs minutes apart varied by ±20%; slices taken in turns see the
 * same load, and their ratio is steady to a percent or two. A tool to run by hand, not a test.
 *
 * <pre>java -cp target/test-classes:DEPENDENCIES org.claimgraph.extract.ExtractionSpeedAb \
 *   SLICE_SECONDS SLICES gold|goldmap|DIR|DIR:extract DEPENDENCIES BUILD_A BUILD_B</pre>
 *
 * <p>{@code gold} extracts the sample and gold texts, {@code goldmap} also maps them to graphs, a
 * folder (such as a synthetic corpus from {@code bench corpus}) is extracted and mapped, or only
 * extracted when written {@code DIR:extract}. A build is a folder holding {@code classes/} and
 * {@code test-classes/}; DEPENDENCIES is the class path of the dependencies ({@code mvn
 * dependency:build-classpath}).
 */
public final class ExtractionSpeedAb {

  private ExtractionSpeedAb() {}

  public static void main(String[] args) throws Exception {
    double slice = Double.parseDouble(args[0]);
    int slices = Integer.parseInt(args[1]);
    String what = args[2];
    boolean gold = what.equals("gold") || what.equals("goldmap");
    boolean extractOnly = what.endsWith(":extract");
    List<String> dirs =
        gold
            ? List.of("data/articles", "src/test/resources/gold/texts")
            : List.of(extractOnly ? what.substring(0, what.length() - ":extract".length()) : what);
    boolean map = !what.equals("gold") && !extractOnly;
    URL self = ExtractionSpeedAb.class.getProtectionDomain().getCodeSource().getLocation();
    Object[] rounds = new Object[2];
    Method[] round = new Method[2];
    for (int v = 0; v < 2; v++) {
      List<URL> urls = new ArrayList<>();
      urls.add(self); // this tool's own classes first: an older build may not have them
      urls.add(Path.of(args[4 + v], "classes").toUri().toURL());
      urls.add(Path.of(args[4 + v], "test-classes").toUri().toURL());
      for (String d : args[3].split(java.io.File.pathSeparator)) {
        urls.add(Path.of(d).toUri().toURL());
      }
      ClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> c = loader.loadClass(Round.class.getName());
      rounds[v] = c.getConstructor(List.class, boolean.class).newInstance(dirs, map);
      round[v] = c.getMethod("run");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int v = 0; v < 4; v++) {
      measure(round[v % 2], rounds[v % 2], slice, threads); // warm-up
    }
    double[][] mbPerCpuSecond = new double[2][slices];
    for (int s = 0; s < slices; s++) {
      for (int k = 0; k < 2; k++) {
        int v = s % 2 == 0 ? k : 1 - k;
        mbPerCpuSecond[v][s] = measure(round[v], rounds[v], slice, threads);
      }
    }
    double[] ratios = new double[slices];
    for (int s = 0; s < slices; s++) {
      ratios[s] = mbPerCpuSecond[1][s] / mbPerCpuSecond[0][s];
    }
    for (int v = 0; v < 2; v++) {
      System.out.printf(
          Locale.ROOT,
          "%s %s: median %.3f MB per CPU-second %s%n",
          what,
          v == 0 ? "A" : "B",
          median(mbPerCpuSecond[v]),
          Arrays.stream(mbPerCpuSecond[v])
              .mapToObj(x -> String.format(Locale.ROOT, "%.3f", x))
              .toList());
    }
    System.out.printf(
        Locale.ROOT,
        "%s B/A: median of slice ratios %.3f, ratio of medians %.3f%n",
        what,
        median(ratios),
        median(mbPerCpuSecond[1]) / median(mbPerCpuSecond[0]));
  }

  private static double measure(Method round, Object work, double seconds, ThreadMXBean threads)
      throws Exception {
    long start = threads.getCurrentThreadCpuTime();
    long bytes = 0;
    while (threads.getCurrentThreadCpuTime() - start < seconds * 1e9) {
      bytes += (Long) round.invoke(work);
    }
    return bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** One build's work, loaded by that build's class loader: one pass over the articles. */
  public static final class Round {
    private final List<ArticleSource> articles = new ArrayList<>();
    private final ArticleExtractor extractor;
    private final ArticleGraphMapper mapper = new ArticleGraphMapper(Iris.standard(), "speed");
    private final boolean map;
    private long bytes;
    private long sink;

    public Round(List<String> dirs, boolean map) throws Exception {
      ArticleFileReader reader = new ArticleFileReader();
      for (String dir : dirs) {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
          for (Path f : files.filter(ArticleFileReader::isArticleFile).sorted().toList()) {
            articles.add(reader.read(f));
          }
        }
      }
      for (ArticleSource a : articles) {
        bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      }
      this.extractor = new ArticleExtractor(GazetteerReader.readBundled());
      this.map = map;
    }

    /** Extracts (and maps) every article once; the bytes of text read. */
    public long run() {
      for (ArticleSource a : articles) {
        ExtractedArticle x = extractor.extract(a);
        sink += map ? mapper.map(x, Instant.EPOCH).size() : x.claims().size();
      }
      return bytes;
    }

    /** What the work made, so that it is not optimised away. */
    public long sink() {
      return sink;
    }
  }
}
