package org.claimgraph.extract.eval;

import java.nio.file.Path;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.Span;
import org.claimgraph.graph.GazetteerReader;

/**
 * Where assessments are lost, summed over a gold folder: how many gold assessments have their words
 * found as some assessment, how many have their assessed claim found as some claim, how many match;
 * and of the predictions that match nothing, how many stand on a gold assessment's words (right
 * phrase, wrong claim or value) or on no gold words at all. Only totals are printed, so it may run
 * on a held-out folder without showing any of its texts. A tool to run by hand:
 *
 * <pre>java -cp target/classes:target/test-classes:DEPENDENCIES \
 *   org.claimgraph.extract.eval.AssessmentStages src/test/resources/gold-heldout</pre>
 */
public final class AssessmentStages {

  private AssessmentStages() {}

  private static int sentenceOf(org.claimgraph.extract.model.ExtractedArticle a, int offset) {
    return a.sentences().stream()
        .filter(s -> s.span().start() <= offset && offset < s.span().end())
        .mapToInt(org.claimgraph.extract.model.Sentence::index)
        .findFirst()
        .orElse(-1);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    ArticleExtractor extractor =
        new ArticleExtractor(GazetteerReader.read(Path.of("data/gazetteer")));
    EvalRunner runner = new EvalRunner(extractor);
    PredictionAdapter adapter = new PredictionAdapter();
    int gold = 0;
    int phraseFound = 0;
    int claimFound = 0;
    int both = 0;
    int matched = 0;
    int wrongClaim = 0;
    int wrongValue = 0;
    int predicted = 0;
    java.util.Map<String, Integer> shapes = new java.util.TreeMap<>();
    int strayOnGoldWords = 0;
    int strayElsewhere = 0;
    for (GoldDocument d : new GoldReader().readAll(dir)) {
      org.claimgraph.extract.model.ExtractedArticle article =
          extractor.extract(runner.source(dir, d));
      Predictions p = adapter.adapt(article);
      for (GoldAssessment g : d.assessments()) {
        gold++;
        boolean phrase =
            p.assessments().stream()
                .anyMatch(a -> a.evidence() != null && a.evidence().overlaps(g.at()));
        boolean claim =
            p.claims().stream()
                .anyMatch(c -> c.content() != null && c.content().overlaps(g.claimAt()));
        boolean match =
            p.assessments().stream()
                .anyMatch(
                    a ->
                        a.value().equalsIgnoreCase(g.value())
                            && a.claimContent() != null
                            && a.claimContent().overlaps(g.claimAt()));
        phraseFound += phrase ? 1 : 0;
        claimFound += claim ? 1 : 0;
        both += phrase && claim ? 1 : 0;
        matched += match ? 1 : 0;
        if (phrase && !match) {
          boolean sameValue =
              p.assessments().stream()
                  .anyMatch(
                      a ->
                          a.evidence() != null
                              && a.evidence().overlaps(g.at())
                              && a.value().equalsIgnoreCase(g.value()));
          if (sameValue) {
            wrongClaim++;
            int at = sentenceOf(article, g.at().start());
            int goldClaim = sentenceOf(article, g.claimAt().start()) - at;
            String chosen =
                p.assessments().stream()
                    .filter(a -> a.evidence() != null && a.evidence().overlaps(g.at()))
                    .filter(a -> a.claimContent() != null)
                    .map(a -> String.valueOf(sentenceOf(article, a.claimContent().start()) - at))
                    .findFirst()
                    .orElse("none");
            shapes.merge(
                "gold claim at "
                    + goldClaim
                    + ", chosen at "
                    + chosen
                    + (claim ? "" : ", gold claim not found"),
                1,
                Integer::sum);
          } else {
            wrongValue++;
          }
        }
      }
      for (PredictedAssessment a : p.assessments()) {
        predicted++;
        boolean match =
            d.assessments().stream()
                .anyMatch(
                    g ->
                        a.value().equalsIgnoreCase(g.value())
                            && a.claimContent() != null
                            && a.claimContent().overlaps(g.claimAt()));
        if (match) {
          continue;
        }
        Span ev = a.evidence();
        if (ev != null && d.assessments().stream().anyMatch(g -> g.at().overlaps(ev))) {
          strayOnGoldWords++;
        } else {
          strayElsewhere++;
        }
      }
    }
    System.out.printf(
        "gold assessments %d: words found %d, assessed claim found %d, both %d, matched %d%n",
        gold, phraseFound, claimFound, both, matched);
    System.out.printf(
        "words found but unmatched: same value on another claim %d, another value %d%n",
        wrongClaim, wrongValue);
    shapes.forEach(
        (k, v) -> System.out.printf("  %2d × %s (sentences from the assessment)%n", v, k));
    System.out.printf(
        "predicted %d: unmatched on gold words %d, unmatched elsewhere %d%n",
        predicted, strayOnGoldWords, strayElsewhere);
  }
}
