package org.claimgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.PlaceRelationKind;

/**
 * A border captured whole is a crossing captured: a line cannot be taken, a crossing point can, so
 * "the rebels captured the A-B border" in a report that names exactly one crossing on that border
 * tells the capture of that crossing (reporters often name the border for its crossing). With a
 * share ("two-thirds of the border", "parts of the border") the place stays the border, and with no
 * or several crossings named the words do not say which. Run once the whole report is read, since
 * the crossing may be named only after the lead. Stateless.
 */
final class BorderCaptures {

  /** "two-thirds of the", "parts of", "40 km of": a share of the border, not all of it. */
  private static final Pattern SHARE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:half|thirds?|quarters?|parts?|most|much|sections?|stretch(?:es)?|lengths?"
              + "|portions?|all|percent|cent|km|kilometres|kilometers|miles)|%)\\s+of\\s+"
              + "(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** How far before the border's name a share may stand. */
  private static final int REACH = 40;

  private BorderCaptures() {}

  /** The events, each capture of a whole border that names one crossing made a capture of it. */
  static List<Event> resolve(String text, List<Event> events, EntityRegistry reg) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(resolve(text, e, reg));
    }
    return out;
  }

  private static Event resolve(String text, Event e, EntityRegistry reg) {
    if ((e.type() != EventType.CAPTURE && e.type() != EventType.RECAPTURE)
        || e.placeKeys().isEmpty()
        || reg.typeOf(e.placeKeys().get(0)).orElse(null) != EntityType.BORDER) {
      return e;
    }
    String border = e.placeKeys().get(0);
    Optional<Mention> named =
        reg.mentions().stream()
            .filter(m -> m.entityKey().equals(border))
            .filter(m -> m.span().start() >= e.trigger().end())
            .filter(m -> e.evidence().contains(m.span()))
            .findFirst();
    if (named.isEmpty()) {
      return e;
    }
    int from = Math.max(e.evidence().start(), named.get().span().start() - REACH);
    if (SHARE_BEFORE.matcher(text).region(from, named.get().span().start()).find()) {
      return e;
    }
    List<String> crossings = crossingsOn(border, reg);
    if (crossings.size() != 1) {
      return e;
    }
    List<String> places = new ArrayList<>(e.placeKeys());
    places.set(0, crossings.get(0));
    return new Event(
        e.index(),
        e.type(),
        e.trigger(),
        e.agentKey(),
        places,
        e.time(),
        e.quantities(),
        e.evidence(),
        e.sentenceIndex(),
        e.reportedByClaim());
  }

  /** The crossings the report named that lie on the border, by the gazetteer or by its words. */
  private static List<String> crossingsOn(String border, EntityRegistry reg) {
    List<String> found = new ArrayList<>();
    for (Entity c : reg.entities()) {
      if (c.type() != EntityType.BORDER_CROSSING) {
        continue;
      }
      boolean on =
          reg.gazetteer().get(c.key()).map(g -> g.links("onBorder").contains(border)).orElse(false)
              || reg.placeRelations().stream()
                  .anyMatch(
                      r ->
                          r.subjectKey().equals(c.key())
                              && r.kind() == PlaceRelationKind.ON_BORDER
                              && r.objectKey().equals(border));
      if (on) {
        found.add(c.key());
      }
    }
    return found;
  }
}
