package org.claimgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The benchmark figures as Markdown tables: what the README's Performance section shows. */
public final class BenchReport {

  /** One load: ours, and Jena's parallel bulk loader on the same quads when it ran. */
  public record Load(
      int articles,
      double seconds,
      long articleTriples,
      long quads,
      long rssMib,
      double jenaSeconds,
      long jenaRssMib) {
    Load(int articles, double seconds, long articleTriples, long quads, long rssMib) {
      this(articles, seconds, articleTriples, quads, rssMib, Double.NaN, -1);
    }

    Load withJena(double jenaSeconds, long jenaRssMib) {
      return new Load(articles, seconds, articleTriples, quads, rssMib, jenaSeconds, jenaRssMib);
    }
  }

  private record Serve(
      double startup, long rssMib, String heap, Map<String, Percentiles> latencies) {}

  /** The peer's figures, and the forms it could not answer within the limit each had. */
  private record Peer(
      double load, long rssMib, Map<String, Percentiles> latencies, Map<String, Duration> cut) {}

  private String machine = "";
  private final List<String> extraction = new ArrayList<>();
  private final List<Load> loads = new ArrayList<>();
  private final Map<Integer, Serve> serves = new TreeMap<>();
  private final Map<Integer, Peer> peers = new TreeMap<>();
  private final List<String> throughput = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private double wholePlanSeconds = Double.NaN;

  void machine(String machine) {
    this.machine = machine;
  }

  void extraction(ExtractionBench.Speed s, int articles) {
    extraction.add(
        String.format(
            "| %d | %d | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f |",
            s.threads(),
            articles,
            s.megabytes(),
            s.seconds(),
            s.mbPerSecond(),
            s.mbPerSecondPerThread(),
            s.mbPerCpuSecond(),
            articles / s.seconds()));
  }

  void load(Load load) {
    loads.add(load);
  }

  void serve(int n, double startup, long rss, String heap, Map<String, Percentiles> latencies) {
    serves.put(n, new Serve(startup, rss, heap, latencies));
  }

  void peer(
      int n, double load, long rss, Map<String, Percentiles> latencies, Map<String, Duration> cut) {
    peers.put(n, new Peer(load, rss, latencies, cut));
  }

  void wholePlan(double seconds) {
    this.wholePlanSeconds = seconds;
  }

  void throughput(int n, ThroughputTest.Result r) {
    throughput.add(
        String.format(
            "| %d | %d | %.0f | %d | %.1f | %d |",
            n, r.clients(), r.seconds(), r.answers(), r.perSecond(), r.errors()));
  }

  void note(String note) {
    notes.add(note);
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("Machine: ").append(machine).append("\n\n");
    md.append("### Extraction (in memory, read excluded)\n\n");
    md.append(
        "| threads | articles | MB | s | MB/s | MB/s per thread | MB per CPU-second | articles/s"
            + " |\n");
    md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    extraction.forEach(l -> md.append(l).append('\n'));
    md.append("\n### Load, end to end (`claimgraph load`, a fresh store, own process)\n\n");
    md.append(
        "| articles | s | articles/s | article triples | quads in store | quads/s | peak RSS MiB"
            + " | tdbloader parallel s | its quads/s | its RSS MiB | ratio ours/Jena |\n");
    md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Load l : loads) {
      boolean jena = !Double.isNaN(l.jenaSeconds());
      md.append(
          String.format(
              "| %d | %.1f | %.1f | %d | %d | %.0f | %d | %s | %s | %s | %s |%n",
              l.articles(),
              l.seconds(),
              l.articles() / l.seconds(),
              l.articleTriples(),
              l.quads(),
              l.quads() / l.seconds(),
              l.rssMib(),
              jena ? String.format("%.1f", l.jenaSeconds()) : "",
              jena ? String.format("%.0f", l.quads() / l.jenaSeconds()) : "",
              jena ? Long.toString(l.jenaRssMib()) : "",
              jena ? String.format("%.2f", l.jenaSeconds() / l.seconds()) : ""));
    }
    md.append("\n### Serve (`claimgraph serve --port 0` on the loaded store)\n\n");
    md.append(
        "| articles | time to first answer s | peak RSS MiB | -Xmx |\n| ---: | ---: | ---: | --- |\n");
    serves.forEach(
        (n, sv) ->
            md.append(
                String.format(
                    "| %d | %.1f | %d | %s |%n", n, sv.startup(), sv.rssMib(), sv.heap())));
    md.append("\n### Query latency over HTTP, ms (p50 / p95; CSV results read to the end)\n\n");
    Set<String> names = new LinkedHashSet<>();
    serves.values().forEach(sv -> names.addAll(sv.latencies().keySet()));
    md.append("| query |");
    serves.keySet().forEach(n -> md.append(" ").append(n).append(" article(s) |"));
    peers
        .keySet()
        .forEach(
            n ->
                md.append(" Virtuoso ")
                    .append(n)
                    .append(" |")
                    .append(" ratio Jena/Virtuoso p50 |"));
    if (serves.size() >= 2) {
      md.append(" growth exponent of p50 |");
    }
    md.append('\n').append("| --- |");
    int columns = serves.size() + 2 * peers.size() + (serves.size() >= 2 ? 1 : 0);
    md.append(" ---: |".repeat(columns)).append('\n');
    for (String q : names) {
      md.append("| ").append(q).append(" |");
      serves.values().forEach(sv -> md.append(cell(sv.latencies().get(q))));
      peers.forEach(
          (n, peer) -> {
            Percentiles v = peer.latencies().get(q);
            Duration limit = peer.cut().get(q);
            Percentiles ours = serves.containsKey(n) ? serves.get(n).latencies().get(q) : null;
            if (limit != null) {
              // Slower than the limit: the ratio is a bound.
              md.append(String.format(" > %.1f s (cut) |", limit.toMillis() / 1000.0));
              md.append(String.format(" < %.2f |", ours.p50() / limit.toMillis()));
            } else {
              md.append(v != null ? cell(v) : ours == null ? " not asked |" : " failed |");
              md.append(
                  v == null || ours == null
                      ? " |"
                      : String.format(" %.2f |", ours.p50() / v.p50()));
            }
          });
      if (serves.size() >= 2) {
        md.append(growth(q));
      }
      md.append('\n');
    }
    if (!peers.isEmpty()) {
      md.append("\nVirtuoso bulk load (`ld_dir` + `rdf_loader_run`, same N-Quads): ");
      peers.forEach(
          (n, p) ->
              md.append(
                  String.format("%d articles %.1f s, peak RSS %d MiB; ", n, p.load(), p.rssMib())));
      md.append('\n');
    }
    if (!throughput.isEmpty()) {
      md.append("\n### Throughput (Java clients, every question in turn, loopback)\n\n");
      md.append("| articles | clients | s | answers | queries/s | errors |\n");
      md.append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
      throughput.forEach(l -> md.append(l).append('\n'));
    }
    if (loads.size() >= 2) {
      Load a = loads.get(loads.size() - 2);
      Load b = loads.get(loads.size() - 1);
      if (a.articles() > 1) {
        md.append(
            String.format(
                "%nGrowth exponent of load time from %d to %d articles: %.2f (1 = linear)%n",
                a.articles(),
                b.articles(),
                Math.log(b.seconds() / a.seconds())
                    / Math.log((double) b.articles() / a.articles())));
      }
    }
    if (!Double.isNaN(wholePlanSeconds)) {
      md.append(
          String.format(
              "%nWhole plan: %.0f s (%.1f min)%n", wholePlanSeconds, wholePlanSeconds / 60));
    }
    if (!notes.isEmpty()) {
      md.append("\nNotes:\n");
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  private String growth(String q) {
    List<Integer> sizes = new ArrayList<>(serves.keySet());
    int a = sizes.get(sizes.size() - 2);
    int b = sizes.get(sizes.size() - 1);
    Percentiles pa = serves.get(a).latencies().get(q);
    Percentiles pb = serves.get(b).latencies().get(q);
    if (pa == null || pb == null || a <= 1) {
      return " |";
    }
    return String.format(" %.2f |", Math.log(pb.p50() / pa.p50()) / Math.log((double) b / a));
  }

  private static String cell(Percentiles p) {
    if (p == null) {
      return " |";
    }
    // A slow question is timed fewer times (BenchRunner.QUESTION_BUDGET_MILLIS): say how often.
    String few = p.samples() < 3 ? String.format(" (%d×)", p.samples()) : "";
    return String.format(" %.1f / %.1f%s |", p.p50(), p.p95(), few);
  }
}
