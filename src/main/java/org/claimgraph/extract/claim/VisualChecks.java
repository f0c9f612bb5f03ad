package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;

/**
 * A run of visual checks speaks about one claim: "Reuters has geolocated a video to the harbour.
 * Videos shared online show armed men at the market. Satellite images appear to show burned
 * warehouses." Footage that names nothing the claims name, told right after another check of
 * footage or a confirmation with no new claim between, bears on the claim that check bore on.
 * Stateless.
 */
final class VisualChecks {

  /** How far back, in characters, the check before may end: the sentence just before, or so. */
  private static final int NEAR = 400;

  private VisualChecks() {}

  /** The claim of the check just before the sentence {@code ss}, if the run goes on. */
  static Optional<OptionalInt> continuing(List<Assessment> earlier, List<Claim> claims, Span ss) {
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    Assessment last = earlier.get(earlier.size() - 1);
    boolean visual =
        last.value() == AssessmentValue.SHOWN_BY_FOOTAGE
            || last.value() == AssessmentValue.CONFIRMED;
    if (!visual
        || last.claimIndex().isEmpty()
        || last.evidence().end() > ss.start()
        || ss.start() - last.evidence().end() > NEAR) {
      return Optional.empty();
    }
    boolean newClaimSince =
        claims.stream().anyMatch(c -> c.content().start() >= last.evidence().end());
    return newClaimSince ? Optional.empty() : Optional.of(last.claimIndex());
  }
}
