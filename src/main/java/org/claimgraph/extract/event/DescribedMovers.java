package org.claimgraph.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;

/**
 * Who "insurgents" or "hundreds of soldiers" are when the clause names no one: the armed group, or
 * the state's forces, that the report mentioned last. A report names its sides once and then speaks
 * of "rebels" and "soldiers" ("insurgents entered the town of Nairoto", "hundreds of soldiers fled
 * across the border"). Stateless.
 */
final class DescribedMovers {

  /**
   * Irregular fighters ("militiamen", "militias"), and "rebel", "insurgent" or "jihadist" before
   * another noun ("rebel fighters").
   */
  private static final Pattern IRREGULARS =
      Pattern.compile(
          "\\b(?:rebels|insurgents|militants|jihadists|militiamen|militias?|rebel\\s+\\w+"
              + "|insurgent\\s+\\w+|jihadist\\s+\\w+)\\b"
              // "the fighters" (not "its fighters", whose side the speaker is)
              + "|(?<!\\b(?:its|their|our|his|her)\\s)\\bfighters\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A state's soldiers, told without whose: "soldiers", "hundreds of troops", "government forces",
   * "army units", "the garrison" (a garrison holds a post for the state; "the garrison commander
   * ordered a withdrawal").
   */
  private static final Pattern SOLDIERS =
      Pattern.compile(
          "\\b(?:soldiers|troops|servicemen|garrison|(?:government|army|security|regime|federal"
              + "|junta|pro-government)\\s+(?:forces|units)"
              // "army helicopters struck", "government jets bombed": the state's arms
              + "|(?:government|army|military|air\\s+force|regime)\\s+(?:helicopters|gunships"
              + "|aircraft|jets|warplanes|drones|artillery|planes|tanks))\\b",
          Pattern.CASE_INSENSITIVE);

  private DescribedMovers() {}

  /** The side the words of {@code clause} describe, if they describe one the report has named. */
  static Optional<String> of(String text, Span clause, EntityRegistry reg) {
    return kindOf(text, clause).flatMap(kind -> lastOf(reg, kind, clause.start()));
  }

  /** The kind of side the words describe: an armed group ("rebels") or a state's forces. */
  static Optional<EntityType> kindOf(String text, Span clause) {
    Matcher irregular = IRREGULARS.matcher(text).region(clause.start(), clause.end());
    if (irregular.find()) {
      return Optional.of(EntityType.ARMED_GROUP);
    }
    Matcher soldiers = SOLDIERS.matcher(text).region(clause.start(), clause.end());
    if (soldiers.find()) {
      return Optional.of(EntityType.MILITARY_FORCE);
    }
    return Optional.empty();
  }

  private static Optional<String> lastOf(EntityRegistry reg, EntityType type, int before) {
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.span().start() < before && reg.typeOf(m.entityKey()).orElse(null) == type) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }
}
