package org.claimgraph.extract.event;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EventType;

/**
 * Whether "retook" or "retaken" tells a recapture or a capture. A recapture is taking back what the
 * side lost; reporters also write "retaken" of the side that is advancing, taking places from the
 * other ("areas gradually being retaken by the Taliban" in a report of Taliban gains). So a retake
 * by the only side the report has told taking places so far is a capture; a retake by any other
 * side (the one that lost them, or one of two sides trading places) stays a recapture. Stateless.
 */
final class Retakes {

  private Retakes() {}

  /** The type of a retake by {@code agent}, given the captures the report told before it. */
  static EventType typeOf(Optional<String> agent, EntityRegistry reg) {
    if (agent.isEmpty()) {
      return EventType.RECAPTURE;
    }
    Set<String> takers =
        reg.entities().stream()
            .map(Entity::key)
            .map(reg::takerOf)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    return takers.equals(Set.of(agent.get())) ? EventType.CAPTURE : EventType.RECAPTURE;
  }
}
