package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * The nearest claim of a named party and the nearest of another named party, among {@code
   * nearestFirst}; when there are not two such parties, {@code chosen} and the nearest claim of
   * another claimant than its own.
   */
  static List<Claim> of(List<Claim> nearestFirst, Claim chosen) {
    List<Claim> parties =
        nearestFirst.stream()
            .filter(c -> c.claimantKind() == SourceKind.NAMED && c.claimantKey().isPresent())
            .filter(c -> c.stance().coarse() != Stance.DENIES)
            .toList();
    if (!parties.isEmpty()) {
      Claim first = parties.contains(chosen) ? chosen : parties.get(0);
      Optional<Claim> second = otherClaimant(parties, first);
      if (second.isPresent()) {
        return List.of(first, second.get());
      }
    }
    List<Claim> out = new ArrayList<>(List.of(chosen));
    otherClaimant(nearestFirst, chosen).ifPresent(out::add);
    return out;
  }

  private static Optional<Claim> otherClaimant(List<Claim> nearestFirst, Claim one) {
    return nearestFirst.stream()
        .filter(c -> c.index() != one.index())
        .filter(c -> c.claimantKey().isEmpty() || !c.claimantKey().equals(one.claimantKey()))
        .findFirst();
  }
}
