package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.claimgraph.extract.model.Claim;

/**
 * Chooses the claim an assessment or a denial speaks about among the claims before it. A reader
 * takes the nearest one ("… , he said. The claim could not be verified."), unless the assessment
 * names what it is about: the claimant ("the rebels' claims", "dismissed the group's statement") or
 * what the claim's words are about ("denied that Bankoré had fallen" two sentences after "the group
 * said it seized Bankoré"). Then the claim up to {@value #NEAR} sentences back that shares most
 * with it wins, the nearer on a tie; up to {@value #REACH} back when it names the claimant.
 * Stateless.
 */
final class AssessedClaimChooser {

  /**
   * How many sentences back an assessment may reach when it names whose claim it is: a denial or a
   * check of footage often comes paragraphs after the lead's claim, once the detail is told.
   */
  static final int REACH = 12;

  /** Within this many sentences, a shared place or shared words are enough to pick a claim. */
  static final int NEAR = 8;

  /** A claimant named in the assessment counts more than a shared subject of the words. */
  private static final int CLAIMANT_WEIGHT = 3;

  /** Content words an assessment must share with a claim to pick it by its words alone. */
  static final int WORDS_NEEDED = 2;

  private AssessedClaimChooser() {}

  /**
   * The candidates, nearest first, that {@code eligible} lets through: claims of the sentence
   * {@code sentence} and of the {@value #REACH} sentences before it.
   */
  static List<Claim> candidates(List<Claim> claims, int sentence, Predicate<Claim> eligible) {
    List<Claim> out = new ArrayList<>();
    for (int i = claims.size() - 1; i >= 0; i--) {
      Claim c = claims.get(i);
      if (c.sentenceIndex() <= sentence
          && c.sentenceIndex() >= sentence - REACH
          && eligible.test(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The best of {@code nearestFirst} for an assessment that names the entities {@code named}; when
   * nothing is shared, the nearest, if it lies within {@code defaultReach} sentences of {@code
   * sentence}.
   */
  static Optional<Claim> choose(
      List<Claim> nearestFirst,
      Set<String> named,
      Function<Claim, Set<String>> namedInClaim,
      int sentence,
      int defaultReach) {
    return choose(nearestFirst, named, namedInClaim, c -> 0, sentence, defaultReach);
  }

  /**
   * As {@link #choose(List, Set, Function, int, int)}, with the content words each claim shares
   * with the assessment ({@link SharedWords}): they break ties between claims that share as many
   * entities, and when none shares an entity, a claim sharing {@value #WORDS_NEEDED} words or more
   * wins over the nearest.
   */
  static Optional<Claim> choose(
      List<Claim> nearestFirst,
      Set<String> named,
      Function<Claim, Set<String>> namedInClaim,
      ToIntFunction<Claim> sharedWords,
      int sentence,
      int defaultReach) {
    Claim best = null;
    int bestScore = 0;
    int bestShared = 0;
    for (Claim c : nearestFirst) {
      int score = score(c, namedInClaim.apply(c), named);
      if (score == 0
          || score < bestScore
          || c.sentenceIndex() < sentence - NEAR && score < CLAIMANT_WEIGHT) {
        continue; // far back, only a claim whose claimant the assessment names
      }
      int shared = sharedWords.applyAsInt(c);
      if (score > bestScore || shared > bestShared) {
        best = c;
        bestScore = score;
        bestShared = shared;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    for (Claim c : nearestFirst) {
      int shared = sharedWords.applyAsInt(c);
      if (shared > bestShared && c.sentenceIndex() >= sentence - NEAR) {
        best = c;
        bestShared = shared;
      }
    }
    if (best != null && bestShared >= WORDS_NEEDED) {
      return Optional.of(best);
    }
    return nearestFirst.stream()
        .findFirst()
        .filter(c -> c.sentenceIndex() >= sentence - defaultReach);
  }

  /**
   * How much the claim shares with what the assessment names; {@code inClaim} are the entities its
   * words name outright (not "the town", which would make every later claim about the town tie).
   */
  static int score(Claim c, Set<String> inClaim, Set<String> named) {
    int score = 0;
    if (c.claimantKey().isPresent() && named.contains(c.claimantKey().get())) {
      score += CLAIMANT_WEIGHT;
    }
    for (String about : inClaim) {
      if (named.contains(about) && !about.equals(c.claimantKey().orElse(null))) {
        score++;
      }
    }
    return score;
  }
}
