package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.claimgraph.extract.Span;

/**
 * Compares an extractor's predictions for a text with its gold annotations and scores each kind.
 *
 * <p>Matching is one-to-one and greedy: each prediction, in order, takes the first gold annotation
 * it matches that no earlier prediction took. What matches:
 *
 * <ul>
 *   <li>{@value #ENTITIES}: a shared name (label or alias, normalised); {@value #ENTITIES_TYPED}
 *       also the type;
 *   <li>{@value #CLAIMANTS}: the distinct claimants of the claims, by shared name;
 *   <li>{@value #CLAIMS}: the predicted content overlaps the gold quote and the claimant shares a
 *       name with the gold claimant; {@value #CLAIMS_WITH_STANCE} also the stance;
 *   <li>{@value #ASSESSMENTS}: the value, and the predicted assessed claim overlaps the gold claim
 *       quote; {@value #ASSESSMENTS_WITH_AUTHOR} also who assesses (no one named, when the gold
 *       names no one);
 *   <li>{@value #EVENTS}: the type, and the evidence overlaps the gold quote; {@value
 *       #EVENTS_WITH_ARGS} also the agent and place where the gold names them.
 * </ul>
 */
public final class Scorer {

  public static final String ENTITIES = "entities";
  public static final String ENTITIES_TYPED = "entities-typed";
  public static final String CLAIMANTS = "claimants";
  public static final String CLAIMS = "claims";
  public static final String CLAIMS_WITH_STANCE = "claims+stance";
  public static final String ASSESSMENTS = "assessments";
  public static final String ASSESSMENTS_WITH_AUTHOR = "assessments+author";
  public static final String EVENTS = "events";
  public static final String EVENTS_WITH_ARGS = "events+args";

  /** The scores of {@code predicted} against {@code gold}. */
  public EvalReport score(GoldDocument gold, Predictions predicted) {
    NameBook names = new NameBook(gold, predicted);
    List<KindScore> scores = new ArrayList<>();
    scores.add(
        count(ENTITIES, gold.entities(), predicted.entities(), (g, p) -> names.sameEntity(g, p)));
    scores.add(
        count(
            ENTITIES_TYPED,
            gold.entities(),
            predicted.entities(),
            (g, p) -> names.sameEntity(g, p) && g.type().equalsIgnoreCase(nullToEmpty(p.type()))));
    scores.add(
        count(
            CLAIMANTS,
            distinct(gold.claims(), GoldClaim::claimant),
            distinct(predicted.claims(), PredictedClaim::claimant),
            names::sameActor));
    BiPredicate<GoldClaim, PredictedClaim> sameClaim =
        (g, p) -> overlaps(p.content(), g.at()) && names.sameActor(g.claimant(), p.claimant());
    scores.add(count(CLAIMS, gold.claims(), predicted.claims(), sameClaim));
    scores.add(
        count(
            CLAIMS_WITH_STANCE,
            gold.claims(),
            predicted.claims(),
            sameClaim.and((g, p) -> g.stance().equalsIgnoreCase(nullToEmpty(p.stance())))));
    BiPredicate<GoldAssessment, PredictedAssessment> sameAssessment =
        (g, p) ->
            g.value().equalsIgnoreCase(nullToEmpty(p.value()))
                && overlaps(p.claimContent(), g.claimAt());
    scores.add(count(ASSESSMENTS, gold.assessments(), predicted.assessments(), sameAssessment));
    scores.add(
        count(
            ASSESSMENTS_WITH_AUTHOR,
            gold.assessments(),
            predicted.assessments(),
            sameAssessment.and(
                (g, p) ->
                    g.author() == null
                        ? p.author() == null
                        : names.sameActor(g.author(), p.author()))));
    BiPredicate<GoldEvent, PredictedEvent> sameEvent =
        (g, p) ->
            g.type().equalsIgnoreCase(nullToEmpty(p.type())) && overlaps(p.evidence(), g.at());
    scores.add(count(EVENTS, gold.events(), predicted.events(), sameEvent));
    scores.add(
        count(
            EVENTS_WITH_ARGS,
            gold.events(),
            predicted.events(),
            sameEvent.and(
                (g, p) ->
                    (g.agent() == null || names.sameActor(g.agent(), p.agent()))
                        && (g.place() == null || names.sameActor(g.place(), p.place())))));
    return new EvalReport(scores);
  }

  /** The scores summed over documents; {@code predict} gives the predictions for each. */
  public EvalReport score(List<GoldDocument> golds, Function<GoldDocument, Predictions> predict) {
    EvalReport total = null;
    for (GoldDocument gold : golds) {
      EvalReport report = score(gold, predict.apply(gold));
      total = total == null ? report : total.plus(report);
    }
    return total == null ? score(emptyGold(), Predictions.none()) : total;
  }

  private static GoldDocument emptyGold() {
    return new GoldDocument("", "", Optional.empty(), List.of(), List.of(), List.of(), List.of());
  }

  private static <G, P> KindScore count(
      String kind, List<G> gold, List<P> predicted, BiPredicate<G, P> matches) {
    boolean[] taken = new boolean[gold.size()];
    int matched = 0;
    for (P p : predicted) {
      for (int i = 0; i < gold.size(); i++) {
        if (!taken[i] && matches.test(gold.get(i), p)) {
          taken[i] = true;
          matched++;
          break;
        }
      }
    }
    return new KindScore(kind, gold.size(), predicted.size(), matched);
  }

  private static <T> List<String> distinct(List<T> items, Function<T, String> key) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (T item : items) {
      String name = key.apply(item);
      if (name != null && !Names.normalize(name).isEmpty()) {
        byName.putIfAbsent(Names.normalize(name), name);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static boolean overlaps(Span predicted, Span gold) {
    return predicted != null && gold != null && predicted.overlaps(gold);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The names each label goes by, on both sides, so that "Mujahid" can match "Zabihullah Mujahid".
   */
  private static final class NameBook {
    private final Map<String, Set<String>> goldNames = new LinkedHashMap<>();
    private final Map<String, Set<String>> predictedNames = new LinkedHashMap<>();

    NameBook(GoldDocument gold, Predictions predicted) {
      gold.entities().forEach(e -> goldNames.put(e.label(), Names.of(e.label(), e.aliases())));
      predicted
          .entities()
          .forEach(
              e ->
                  predictedNames.merge(
                      Names.normalize(e.label()),
                      Names.of(e.label(), e.aliases()),
                      (a, b) -> {
                        Set<String> union = new HashSet<>(a);
                        union.addAll(b);
                        return union;
                      }));
    }

    boolean sameEntity(GoldEntity gold, PredictedEntity predicted) {
      return Names.intersect(
          goldNames.get(gold.label()), Names.of(predicted.label(), predicted.aliases()));
    }

    /** Whether a gold label and a predicted name denote the same actor or place. */
    boolean sameActor(String goldLabel, String predictedName) {
      if (goldLabel == null || predictedName == null) {
        return false;
      }
      Set<String> gold = goldNames.getOrDefault(goldLabel, Names.of(goldLabel, List.of()));
      Set<String> predicted =
          predictedNames.getOrDefault(
              Names.normalize(predictedName), Names.of(predictedName, List.of()));
      return Names.intersect(gold, predicted);
    }
  }
}
