package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;

/**
 * The two claims that "either side's account" or "neither side's figures" speaks about: the sides
 * of a dispute are named parties making claims, not residents or a doctor quoted between them, and
 * not a party's denial, which the check does not repeat. Stateless.
 */
final class BothSides {

  private BothSides() {}

  /**
   * The claim of a named party and the claim of another named party, among {@code nearestFirst};
   * when there are not two such parties, {@code chosen} and a claim of another claimant than its
   * own. Of the other side's claims, the one that shares most words with the check ({@code shared}:
   * "either side's account of who fired the missile" speaks of the claims about the missile), the
   * nearest when none shares more.
   */
  static List<Claim> of(List<Claim> nearestFirst, Claim chosen, ToIntFunction<Claim> shared) {
    List<Claim> parties =
        nearestFirst.stream()
            .filter(c -> c.claimantKind() == SourceKind.NAMED && c.claimantKey().isPresent())
            .filter(c -> c.stance().coarse() != Stance.DENIES)
            .toList();
    if (!parties.isEmpty()) {
      Claim first = parties.contains(chosen) ? chosen : parties.get(0);
      Optional<Claim> second = otherClaimant(parties, first, shared);
      if (second.isPresent()) {
        return List.of(first, second.get());
      }
    }
    List<Claim> out = new ArrayList<>(List.of(chosen));
    otherClaimant(nearestFirst, chosen, shared).ifPresent(out::add);
    return out;
  }

  private static Optional<Claim> otherClaimant(
      List<Claim> nearestFirst, Claim one, ToIntFunction<Claim> shared) {
    Claim best = null;
    int bestShared = -1;
    for (Claim c : nearestFirst) {
      if (c.index() == one.index()
          || c.claimantKey().isPresent() && c.claimantKey().equals(one.claimantKey())) {
        continue;
      }
      int n = shared.applyAsInt(c);
      if (n > bestShared) {
        best = c;
        bestShared = n;
      }
    }
    return Optional.ofNullable(best);
  }
}
