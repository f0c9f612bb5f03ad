package org.claimgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the held-out gold set ({@code src/test/resources/gold-heldout}: texts
 * nobody tuned the extractor on) and fails when its quality falls below what was measured when the
 * set was made.
 *
 * <p>These floors are held-out figures, not targets to tune to. Each sits about 0.05 below the F1
 * measured on 2026-11-24 (entities 0.673, claims 0.555, claimants 0.652, assessments 0.089, events
 * 0.306), raised after the second recall work, measured once at its end without reading the texts
 * (entities 0.667, claims 0.562, claimants 0.681, assessments 0.231, events 0.532), and after the
 * third recall work (events 0.660, events with agent and place 0.311; the others held), and after
 * the work on event arguments (events 0.667, events with agent and place 0.362), so that a change
 * that makes extraction worse on unseen text fails here. Improve the extractor in general terms
 * (the README lists the kinds of language it misses), never by reading these texts; when the
 * figures rise, raise the floors and say so in the commit.
 */
class GoldHeldoutEvalTest {

  private static final Path HELD_OUT = Path.of("src/test/resources/gold-heldout");

  /** Micro-averaged F1 floors per kind, about 0.05 below the latest measurement. */
  private static final Map<String, Double> FLOORS =
      Map.of(
          Scorer.ENTITIES, 0.74,
          Scorer.CLAIMS, 0.62,
          Scorer.CLAIMANTS, 0.71,
          Scorer.ASSESSMENTS, 0.25,
          Scorer.EVENTS, 0.61,
          Scorer.EVENTS_WITH_ARGS, 0.31);

  @Test
  void extractionOnUnseenTextsStaysAboveTheHeldOutFigures() throws Exception {
    EvalRun run = new EvalRunner(new ArticleExtractor(GazetteerReader.readBundled())).run(HELD_OUT);
    FLOORS.forEach(
        (kind, floor) -> {
          double f1 = run.overall().score(kind).orElseThrow().f1();
          assertTrue(
              f1 >= floor,
              String.format(
                  Locale.ROOT,
                  "held-out %s F1 %.3f fell below %.2f%n%s",
                  kind,
                  f1,
                  floor,
                  run.overall().table()));
        });
  }
}
