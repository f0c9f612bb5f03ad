package org.claimgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the extractor on the held-out gold sets ({@code src/test/resources/gold-heldout} to {@code
 * gold-heldout-4}: texts nobody tuned the extractor on) and fails when its quality falls below what
 * was measured on them.
 *
 * <p>These floors are held-out figures, not targets to tune to. The first set's sat about 0.05
 * below the F1 measured on 2026-11-24 (entities 0.673, claims 0.555, claimants 0.652, assessments
 * 0.089, events 0.306) and rose with each recall work, measured at its end without reading the
 * texts; the fourth (session 5: entities, events, claims in parallel) left entities 0.770, claims
 * 0.711, claimants 0.797, assessments 0.291 (0.357 after two attachment rules), events 0.660,
 * events with agent and place 0.396. The second set was written before that work was merged (its
 * README has the figures before: entities 0.720, claims 0.660, claimants 0.725, assessments 0.385,
 * events 0.600, events with agent and place 0.400) and measured once after it (0.770, 0.660, 0.725,
 * 0.385, 0.667, 0.381). The third (session 6) was written by a writer who saw neither the extractor
 * nor any other gold text, and measured before session 6's rule work was merged: entities 0.816,
 * claims 0.768, claimants 0.784, assessments 0.566, events 0.568, events with agent and place
 * 0.378. At the end of session 6 (three helpers and the lead's rules, each set measured with {@code
 * eval --overall}): the first set 0.798, 0.741, 0.813, 0.441, 0.673, 0.393; the second 0.807,
 * 0.680, 0.743, 0.357, 0.667, 0.381; the third 0.856, 0.833, 0.838, 0.618, 0.579, 0.395; the fourth
 * (before session 7's rules) 0.704, 0.500, 0.596, 0.262, 0.514, 0.202. At the end of session 7: the
 * first 0.793, 0.738, 0.795, 0.500, 0.691, 0.473; the second 0.813, 0.680, 0.743, 0.467, 0.744,
 * 0.465; the third 0.860, 0.826, 0.838, 0.632, 0.659, 0.494; the fourth 0.711, 0.551, 0.632, 0.258,
 * 0.598, 0.274. Improve the extractor in general terms (the README lists the kinds of language it
 * misses), never by reading these texts; when the figures rise, raise the floors and say so in the
 * commit.
 */
class GoldHeldoutEvalTest {

  /** Micro-averaged F1 floors per kind and set, about 0.05 below the latest measurement. */
  private static final Map<String, Map<String, Double>> FLOORS =
      Map.of(
          "src/test/resources/gold-heldout",
          Map.of(
              Scorer.ENTITIES, 0.75,
              Scorer.CLAIMS, 0.69,
              Scorer.CLAIMANTS, 0.76,
              Scorer.ASSESSMENTS, 0.45,
              Scorer.EVENTS, 0.64,
              Scorer.EVENTS_WITH_ARGS, 0.42),
          "src/test/resources/gold-heldout-2",
          Map.of(
              Scorer.ENTITIES, 0.76,
              Scorer.CLAIMS, 0.63,
              Scorer.CLAIMANTS, 0.69,
              // one assessment is 0.03 to 0.05 of F1 on this set's 19: the floor leaves room for
              // one
              Scorer.ASSESSMENTS, 0.41,
              Scorer.EVENTS, 0.69,
              Scorer.EVENTS_WITH_ARGS, 0.41),
          "src/test/resources/gold-heldout-3",
          Map.of(
              Scorer.ENTITIES, 0.81,
              Scorer.CLAIMS, 0.78,
              Scorer.CLAIMANTS, 0.79,
              Scorer.ASSESSMENTS, 0.57,
              Scorer.EVENTS, 0.61,
              Scorer.EVENTS_WITH_ARGS, 0.44),
          // written blind in session 7 in styles the other sets lack (a radio transcript, a
          // monitor's digest, a press roundup, a feature, a factbox, a reprinted statement)
          "src/test/resources/gold-heldout-4",
          Map.of(
              Scorer.ENTITIES, 0.66,
              Scorer.CLAIMS, 0.50,
              Scorer.CLAIMANTS, 0.58,
              Scorer.ASSESSMENTS, 0.21,
              Scorer.EVENTS, 0.55,
              Scorer.EVENTS_WITH_ARGS, 0.22));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/resources/gold-heldout",
        "src/test/resources/gold-heldout-2",
        "src/test/resources/gold-heldout-3",
        "src/test/resources/gold-heldout-4"
      })
  void extractionOnUnseenTextsStaysAboveTheHeldOutFigures(String set) throws Exception {
    EvalRun run =
        new EvalRunner(new ArticleExtractor(GazetteerReader.readBundled())).run(Path.of(set));
    FLOORS
        .get(set)
        .forEach(
            (kind, floor) -> {
              double f1 = run.overall().score(kind).orElseThrow().f1();
              assertTrue(
                  f1 >= floor,
                  String.format(
                      Locale.ROOT,
                      "%s %s F1 %.3f fell below %.2f%n%s",
                      set,
                      kind,
                      f1,
                      floor,
                      run.overall().table()));
            });
  }
}
