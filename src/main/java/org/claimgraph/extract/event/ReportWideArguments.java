package org.claimgraph.extract.event;

import java.util.List;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Event;

/**
 * Event arguments that only the whole report tells, settled once it is read: a whole border
 * captured is the one crossing the report names on it ({@link BorderCaptures}), and soldiers or
 * rebels told before any side was named are the report's one army or group ({@link SoleSides}).
 * Stateless.
 */
public final class ReportWideArguments {

  private ReportWideArguments() {}

  /** The events, with those arguments settled; indexes and evidence unchanged. */
  public static List<Event> resolve(String text, List<Event> events, EntityRegistry reg) {
    return SoleSides.resolve(text, BorderCaptures.resolve(text, events, reg), reg);
  }
}
