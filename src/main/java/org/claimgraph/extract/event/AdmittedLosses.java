package org.claimgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.Stance;

/**
 * A loss told inside an admission is also the admission: "the governor admitted that the Guard had
 * lost control of Fenmoor", "the army acknowledged that its troops had withdrawn from X" are
 * acknowledgements by the one admitting, as "acknowledged the loss of X" is. Stateless.
 */
final class AdmittedLosses {

  private AdmittedLosses() {}

  /** The events, with an acknowledgement after each loss or pull-back an admission tells. */
  static List<Event> added(List<Event> events, List<Claim> claims, int firstIndex) {
    if (events.stream().anyMatch(e -> e.type() == EventType.ACKNOWLEDGEMENT)) {
      return events; // "admitted the loss of X": the sentence names its acknowledgement already
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      out.add(renumbered(e, firstIndex + out.size()));
      Optional<Claim> admission = admissionTelling(e, claims);
      if (admission.isPresent() && lost(e)) {
        Claim c = admission.get();
        out.add(
            new Event(
                firstIndex + out.size(),
                EventType.ACKNOWLEDGEMENT,
                // "admitted that … had lost control of", or the loss first: "…, he admitted"
                new Span(
                    Math.min(c.cueSpan().start(), e.trigger().start()),
                    Math.max(c.cueSpan().end(), e.trigger().end())),
                c.claimantKey(),
                e.placeKeys(),
                e.time(),
                e.quantities(),
                e.evidence(),
                e.sentenceIndex(),
                e.reportedByClaim()));
      }
    }
    return out;
  }

  /** A place lost or given up: "had lost control of", "had withdrawn from", "pulled out of". */
  private static boolean lost(Event e) {
    return e.type() == EventType.WITHDRAWAL
        || e.type() == EventType.CAPTURE && e.agentKey().isEmpty() && !e.placeKeys().isEmpty();
  }

  private static Optional<Claim> admissionTelling(Event e, List<Claim> claims) {
    if (e.reportedByClaim().isEmpty()) {
      return Optional.empty();
    }
    int index = e.reportedByClaim().getAsInt();
    return claims.stream()
        .filter(c -> c.index() == index && c.stance() == Stance.ACKNOWLEDGES)
        .findFirst();
  }

  private static Event renumbered(Event e, int index) {
    return e.index() == index
        ? e
        : new Event(
            index,
            e.type(),
            e.trigger(),
            e.agentKey(),
            e.placeKeys(),
            e.time(),
            e.quantities(),
            e.evidence(),
            e.sentenceIndex(),
            e.reportedByClaim());
  }
}
