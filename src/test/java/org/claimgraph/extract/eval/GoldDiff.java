package org.claimgraph.extract.eval;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.Span;
import org.claimgraph.graph.GazetteerReader;

/**
 * Prints, per document of a development gold folder, the gold items beside the predictions (claims,
 * assessments, events, entities), each prediction marked {@code +} when it overlaps a gold item of
 * its kind, for a developer looking for false positives and misses. A tool to run by hand; it
 * refuses the held-out folder, whose items nobody tuning rules may see:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.claimgraph.extract.eval.GoldDiff -Dexec.args=src/test/resources/gold-dev
 * </pre>
 */
public final class GoldDiff {

  private GoldDiff() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    if (dir.toAbsolutePath().normalize().toString().contains("heldout")) {
      throw new IllegalArgumentException("the held-out set is scored with --overall only");
    }
    ArticleExtractor extractor =
        new ArticleExtractor(GazetteerReader.read(Path.of("data/gazetteer")));
    PredictionAdapter adapter = new PredictionAdapter();
    EvalRunner runner = new EvalRunner(extractor);
    for (GoldDocument gold : new GoldReader().readAll(dir)) {
      if (args.length > 1 && !gold.name().contains(args[1])) {
        continue;
      }
      String text = gold.text();
      // Read as eval reads it, sidecar included: the publisher and date change what is extracted.
      Predictions p = adapter.adapt(extractor.extract(runner.source(dir, gold)));
      System.out.println("==== " + gold.name());
      gold.claims()
          .forEach(
              g ->
                  System.out.printf(
                      "G claim %s [%s] %s: %s%n", g.claimant(), g.cue(), g.stance(), g.quote()));
      List<Span> gc = gold.claims().stream().map(GoldClaim::at).toList();
      p.claims()
          .forEach(
              c ->
                  System.out.printf(
                      "%s claim %s [%s] %s: %s%n",
                      mark(c.content(), gc),
                      c.claimant(),
                      c.cue(),
                      c.stance(),
                      quote(text, c.content())));
      gold.assessments()
          .forEach(
              g ->
                  System.out.printf(
                      "G assess %s by %s on: %s  (%s)%n",
                      g.value(), g.author(), g.claimQuote(), g.quote()));
      List<Span> ga = gold.assessments().stream().map(GoldAssessment::claimAt).toList();
      p.assessments()
          .forEach(
              a ->
                  System.out.printf(
                      "%s assess %s by %s on: %s  (%s)%n",
                      mark(a.claimContent(), ga),
                      a.value(),
                      a.author(),
                      quote(text, a.claimContent()),
                      quote(text, a.evidence())));
      gold.events()
          .forEach(
              g ->
                  System.out.printf(
                      "G event %s agent=%s place=%s: %s%n",
                      g.type(), g.agent(), g.place(), g.quote()));
      List<Span> ge = gold.events().stream().map(GoldEvent::at).toList();
      p.events()
          .forEach(
              e ->
                  System.out.printf(
                      "%s event %s agent=%s place=%s: %s%n",
                      mark(e.evidence(), ge),
                      e.type(),
                      e.agent(),
                      e.place(),
                      quote(text, e.evidence())));
      gold.entities()
          .forEach(e -> System.out.printf("G entity %s %s %s%n", e.type(), e.label(), e.aliases()));
      p.entities()
          .forEach(e -> System.out.printf("P entity %s %s %s%n", e.type(), e.label(), e.aliases()));
    }
  }

  private static String mark(Span s, List<Span> gold) {
    return s != null && gold.stream().anyMatch(g -> g != null && g.overlaps(s)) ? "+" : "-";
  }

  private static String quote(String text, Span s) {
    return s == null ? "null" : text.substring(s.start(), s.end()).replace('\n', ' ');
  }
}
