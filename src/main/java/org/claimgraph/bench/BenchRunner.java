package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.store.ArticleLoader;

/**
 * Runs the benchmarks end to end: generates corpora, loads each with the real CLI in its own
 * process, loads the same N-Quads with Jena's parallel bulk loader and into Virtuoso, serves the
 * store and times every question over HTTP, then writes a Markdown report.
 */
public final class BenchRunner {

  private static final Pattern LOADED =
      Pattern.compile("Loaded (\\d+) article\\(s\\), (\\d+) unchanged, (\\d+) triples");
  private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint\\s+(\\S+)");

  /**
   * About how long one question in one form may take at one size, warm-up included: a listing that
   * takes seconds is timed fewer times rather than five times, which kept the 10,000-article plan
   * over 15 minutes.
   */
  static final double QUESTION_BUDGET_MILLIS = 6_000;

  /**
   * How long the peer may take over one answer: three times claimgraph's own p50 for the same form
   * at the same size, at least {@link #PEER_LEAST} and at most {@link #PEER_MOST} (the time
   * claimgraph's server allows itself). A query the peer cannot answer in that time is reported as
   * slower than the limit, a bound rather than a figure, instead of being waited on: a flat 12 s
   * for every such query kept the 10,000-article plan over 15 minutes.
   */
  static final double PEER_FACTOR = 3;

  static final Duration PEER_LEAST = Duration.ofSeconds(2);
  static final Duration PEER_MOST = Duration.ofSeconds(10);

  /** Where things are and how hard to try. */
  public record Settings(
      Path jar,
      Path home,
      Path out,
      List<Integer> sizes,
      long seed,
      String serverHeap,
      int queryRuns,
      double throughputSeconds,
      boolean virtuoso,
      boolean extractionOnly) {}

  private final Settings s;
  private final CorpusGenerator generator;
  private final Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraph;
  private final PrintWriter log;
  private final BenchReport report = new BenchReport();
  private final long started = System.nanoTime();

  public BenchRunner(
      Settings settings,
      CorpusGenerator generator,
      Supplier<BiFunction<ArticleSource, Instant, Graph>> toGraph,
      PrintWriter log) {
    this.s = settings;
    this.generator = generator;
    this.toGraph = toGraph;
    this.log = log;
  }

  /** Runs everything and returns the report's path. */
  public Path run() throws Exception {
    Files.createDirectories(s.out());
    report.machine(machine());
    int largest = s.sizes().stream().max(Integer::compare).orElse(1);
    Path bigCorpus = corpus(largest);
    extraction(bigCorpus);
    for (int n : s.extractionOnly() ? List.<Integer>of() : s.sizes()) {
      size(n);
    }
    report.wholePlan(elapsedSeconds());
    Path file = s.out().resolve("results.md");
    Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);
    return file;
  }

  private void extraction(Path corpus) throws Exception {
    List<Path> files = ArticleLoader.articleFiles(List.of(corpus));
    List<ArticleSource> sources =
        ExtractionBench.read(files.subList(0, Math.min(1000, files.size())));
    ExtractionBench bench = new ExtractionBench(toGraph);
    int cores = Runtime.getRuntime().availableProcessors();
    for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
      ExtractionBench.Speed speed = bench.measure(sources, threads);
      say(
          "extraction, %d thread(s): %.2f MB/s (%.2f MB/s per thread, %.2f MB per CPU-second),"
              + " %.0f articles/s",
          threads,
          speed.mbPerSecond(),
          speed.mbPerSecondPerThread(),
          speed.mbPerCpuSecond(),
          sources.size() / speed.seconds());
      report.extraction(speed, sources.size());
    }
  }

  private Path corpus(int n) throws IOException {
    if (n <= 1) {
      return s.home().resolve("data/articles");
    }
    Path dir = s.out().resolve("corpus-" + n);
    if (!Files.isDirectory(dir)) {
      say("generating %d articles into %s", n, dir);
      generator.write(n, dir, s.seed());
    }
    return dir;
  }

  private void size(int n) throws Exception {
    Path corpus = corpus(n);
    Path store = s.out().resolve("store-" + n);
    deleteTree(store);
    Path timeFile = s.out().resolve("load-" + n + ".time");
    Path loadLog = s.out().resolve("load-" + n + ".log");
    say("loading %d article(s) with claimgraph load", n);
    double seconds =
        ChildProcess.run(
            timed(timeFile, java("--store", store.toString(), "load", corpus.toString())),
            loadLog,
            30);
    Matcher m = LOADED.matcher(Files.readString(loadLog));
    long triples = m.find() ? Long.parseLong(m.group(3)) : -1;
    Path nqDir = s.out().resolve("nq-" + n);
    deleteTree(nqDir);
    Files.createDirectories(nqDir);
    long quads = NQuadsDump.write(store, nqDir.resolve("store.nq"));
    long loadRss = rssOf(timeFile);
    say(
        "  %.1f s, %d article triples, %d quads in the store, peak RSS %d MiB",
        seconds, triples, quads, loadRss);
    BenchReport.Load load = new BenchReport.Load(n, seconds, triples, quads, loadRss);
    if (n == s.sizes().stream().max(Integer::compare).orElse(n) && n > 1) {
      Path jenaStore = s.out().resolve("tdbloader-" + n);
      deleteTree(jenaStore);
      Path jenaTime = s.out().resolve("tdbloader-" + n + ".time");
      say("  loading the same %d quads with tdb2.tdbloader --loader=parallel", quads);
      double jena =
          ChildProcess.run(
              timed(
                  jenaTime,
                  List.of(
                      "java",
                      "-cp",
                      s.jar().toString(),
                      "tdb2.tdbloader",
                      "--loader=parallel",
                      "--loc",
                      jenaStore.toString(),
                      nqDir.resolve("store.nq").toString())),
              s.out().resolve("tdbloader-" + n + ".log"),
              30);
      load = load.withJena(jena, rssOf(jenaTime));
      say("  tdbloader: %.1f s", jena);
    }
    report.load(load);
    serveAndQuery(n, store, nqDir);
  }

  private void serveAndQuery(int n, Path store, Path nqDir) throws Exception {
    QuestionForms.Forms forms;
    Map<String, Percentiles> latencies;
    Path serveLog = s.out().resolve("serve-" + n + ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-Xmx" + s.serverHeap(),
                "-Dclaimgraph.home=" + s.home(),
                "-jar",
                s.jar().toString()));
    command.addAll(List.of("--store", store.toString(), "serve", "--port", "0", "--no-samples"));
    try (ChildProcess server = ChildProcess.start(command, serveLog)) {
      Matcher m = ENDPOINT.matcher(server.awaitLine(l -> ENDPOINT.matcher(l).find(), 300));
      m.find();
      String endpoint = m.group(1);
      SparqlHttpClient client = new SparqlHttpClient(endpoint);
      while (!client.ask("ASK { ?s ?p ?o }").ok()) {
        Thread.sleep(20);
      }
      double startup = server.seconds();
      say("  serve: first answer after %.1f s", startup);
      // Example values come from this store; the peer is asked the very same texts.
      forms = QuestionForms.of(questions(), client);
      latencies = latencies(client, forms.all(), "claimgraph");
      ThroughputTest.Result throughput = null;
      if (n == s.sizes().stream().max(Integer::compare).orElse(n)) {
        for (int clients : List.of(1, 8)) {
          throughput =
              ThroughputTest.run(endpoint, forms.interactive(), clients, s.throughputSeconds());
          say(
              "  throughput, %d client(s): %.1f queries/s, %d errors",
              clients, throughput.perSecond(), throughput.errors());
          report.throughput(n, throughput);
        }
      }
      report.serve(n, startup, server.peakRssMib(), s.serverHeap(), latencies);
    }
    Map<String, Percentiles> ours = latencies;
    if (s.virtuoso() && n > 1 && VirtuosoPeer.available()) {
      Path work = s.out().resolve("virtuoso-" + n);
      deleteTree(work);
      try (VirtuosoPeer peer = VirtuosoPeer.start(work, nqDir)) {
        double load = peer.bulkLoad(nqDir);
        say("  virtuoso: bulk load %.1f s", load);
        Map<String, Duration> cut = new LinkedHashMap<>();
        Map<String, Percentiles> peerLatencies = peerLatencies(peer, forms.all(), ours, cut);
        report.peer(n, load, peer.peakRssMib(), peerLatencies, cut);
      } catch (Exception e) {
        // The peer is a comparison, not the subject: its failure is reported, not fatal.
        say("  virtuoso failed: %s", e.getMessage());
        report.note("Virtuoso at " + n + " articles failed: " + e.getMessage());
      }
    }
  }

  private Map<String, Percentiles> latencies(
      SparqlHttpClient client, Map<String, String> queries, String who)
      throws InterruptedException {
    Map<String, Percentiles> result = new LinkedHashMap<>();
    for (Map.Entry<String, String> q : queries.entrySet()) {
      try {
        Percentiles p = client.latency(q.getValue(), 2, s.queryRuns(), QUESTION_BUDGET_MILLIS);
        result.put(q.getKey(), p);
        say("    %s %-45s p50 %8.1f ms  p95 %8.1f ms", who, q.getKey(), p.p50(), p.p95());
      } catch (IOException e) {
        say("    %s %-45s failed: %s", who, q.getKey(), e.getMessage());
        report.note(who + " could not answer " + q.getKey() + ": " + e.getMessage());
      }
    }
    return result;
  }

  /**
   * The peer's times for the forms claimgraph answered ({@code ours}), each allowed {@link
   * #PEER_FACTOR} times claimgraph's p50; a form it could not answer in that time goes into {@code
   * cut} with the limit it had. A form claimgraph refused or could not finish has nothing to be
   * compared with and is not asked.
   */
  private Map<String, Percentiles> peerLatencies(
      VirtuosoPeer peer,
      Map<String, String> queries,
      Map<String, Percentiles> ours,
      Map<String, Duration> cut)
      throws InterruptedException {
    Map<String, Percentiles> result = new LinkedHashMap<>();
    for (Map.Entry<String, String> q : queries.entrySet()) {
      Percentiles mine = ours.get(q.getKey());
      if (mine == null) {
        report.note("virtuoso was not asked " + q.getKey() + ": claimgraph has no figure for it");
        continue;
      }
      Duration limit = peerLimit(mine);
      try {
        Percentiles p =
            peer.client(limit).latency(q.getValue(), 2, s.queryRuns(), QUESTION_BUDGET_MILLIS);
        result.put(q.getKey(), p);
        say("    virtuoso %-45s p50 %8.1f ms  p95 %8.1f ms", q.getKey(), p.p50(), p.p95());
      } catch (SparqlHttpClient.TooSlow e) {
        cut.put(q.getKey(), limit);
        say("    virtuoso %-45s no answer within %d ms", q.getKey(), limit.toMillis());
      } catch (IOException e) {
        say("    virtuoso %-45s failed: %s", q.getKey(), e.getMessage());
        report.note("virtuoso could not answer " + q.getKey() + ": " + e.getMessage());
      }
    }
    return result;
  }

  static Duration peerLimit(Percentiles ours) {
    long millis = Math.round(PEER_FACTOR * ours.p50());
    return Duration.ofMillis(
        Math.max(PEER_LEAST.toMillis(), Math.min(PEER_MOST.toMillis(), millis)));
  }

  /** The questions in queries/, file name to text. */
  private Map<String, String> questions() throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(s.home().resolve("queries"))) {
      for (Path p : list.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
        queries.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return queries;
  }

  private List<String> java(String... args) {
    List<String> c =
        new ArrayList<>(
            List.of("java", "-Dclaimgraph.home=" + s.home(), "-jar", s.jar().toString()));
    c.addAll(List.of(args));
    return c;
  }

  /** Wraps a command in GNU time so that its peak RSS is known after it exits. */
  private static List<String> timed(Path timeFile, List<String> command) {
    if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
      return command;
    }
    List<String> c =
        new ArrayList<>(List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%M"));
    c.addAll(command);
    return c;
  }

  private static long rssOf(Path timeFile) {
    try {
      List<String> lines = Files.readAllLines(timeFile);
      return Long.parseLong(lines.get(lines.size() - 1).strip()) / 1024;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .orElse(cpu);
    } catch (IOException e) {
      // keep the default
    }
    return String.format(
        "%d cores (%s), %.0f GiB RAM, Java %s, %s %s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        totalMemoryGib(),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  private static double totalMemoryGib() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemTotal:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // unknown
    }
    return Double.NaN;
  }

  private double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  /** A log line with the time since the start, so the log shows where a run spends its time. */
  private void say(String format, Object... args) {
    long t = Math.round(elapsedSeconds());
    log.printf("[%2d:%02d] %s%n", t / 60, t % 60, String.format(format, args));
    log.flush();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
