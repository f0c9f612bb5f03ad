package org.claimgraph.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;

/**
 * Who "government soldiers" or "rebel fighters" are when a lead tells their move before naming any
 * side ("Hundreds of government soldiers fled across the border after rebels overran the base"):
 * the one army, or the one armed group, that the whole report names. With two or more of that kind
 * the words do not say which, and the agent stays unknown. Run once the report is read. Stateless.
 */
final class SoleSides {

  private static final Set<EventType> MILITARY =
      EnumSet.of(
          EventType.CAPTURE,
          EventType.RECAPTURE,
          EventType.WITHDRAWAL,
          EventType.RETREAT,
          EventType.ADVANCE,
          EventType.ATTACK);

  /** How far before the trigger its subject's words are read: "Hundreds of government soldiers". */
  private static final int SUBJECT_REACH = 50;

  /** How far after a noun's "of" the mover is read: "the retreat of government troops". */
  private static final int MOVER_REACH = 30;

  private SoleSides() {}

  static List<Event> resolve(String text, List<Event> events, EntityRegistry reg) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(e.agentKey().isPresent() || !MILITARY.contains(e.type()) ? e : resolve(text, e, reg));
    }
    return out;
  }

  private static Event resolve(String text, Event e, EntityRegistry reg) {
    String trigger = e.trigger().quote(text).toLowerCase(Locale.ROOT);
    if (trigger.startsWith("lost")) {
      return e; // who lost control is not who took it
    }
    if (e.type() == EventType.ATTACK && NounEventAgents.defended(text, e.evidence(), e.trigger())) {
      return e; // "troops repelled an attack": the soldiers defended
    }
    Span words =
        trigger.endsWith(" of")
            ? new Span(
                e.trigger().end(), Math.min(e.evidence().end(), e.trigger().end() + MOVER_REACH))
            : new Span(
                Math.max(e.evidence().start(), e.trigger().start() - SUBJECT_REACH),
                e.trigger().start());
    Optional<String> side =
        DescribedMovers.kindOf(text, words).flatMap(kind -> soleOfKind(kind, reg));
    if (side.isEmpty()) {
      return e;
    }
    return new Event(
        e.index(),
        e.type(),
        e.trigger(),
        side,
        e.placeKeys(),
        e.time(),
        e.quantities(),
        e.evidence(),
        e.sentenceIndex(),
        e.reportedByClaim());
  }

  private static Optional<String> soleOfKind(EntityType kind, EntityRegistry reg) {
    List<String> found =
        reg.entities().stream().filter(x -> x.type() == kind).map(Entity::key).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
