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
 * Who "its fighters", "their troops" or "they" are when the report speaks in its own voice: the
 * side it named last. After "The GPF launched an offensive", "its fighters advanced towards X" are
 * the GPF's. Inside reported words the speaker's side is told otherwise (EventExtractor).
 * Stateless.
 */
final class PronounAgents {

  /** "its fighters", "their own troops", "his men", or "they", as the subject before a trigger. */
  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "\\b(?:(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:own\\s+)?(?:forces|fighters|troops|units"
              + "|men|soldiers|members|militants|aircraft|jets|warplanes|drones|artillery)"
              + "|[Tt]hey)\\b(?:\\s+[\\w\"“”]+){0,4}\\s*$");

  /** How far back (in characters) the side a pronoun stands for may have been named. */
  private static final int REACH = 600;

  private PronounAgents() {}

  /** The side a pronoun subject ending the clause before a trigger stands for, if any. */
  static Optional<String> of(String text, Span clause, EntityRegistry reg) {
    Matcher m = PRONOUN_SUBJECT.matcher(text).region(clause.start(), clause.end());
    if (!m.find()) {
      return Optional.empty();
    }
    int pronoun = m.start();
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention x = seen.get(i);
      if (x.span().end() > pronoun) {
        continue;
      }
      if (pronoun - x.span().end() > REACH) {
        break;
      }
      if (reg.typeOf(x.entityKey()).map(PronounAgents::fights).orElse(false)) {
        return Optional.of(x.entityKey());
      }
    }
    return Optional.empty();
  }

  /** Sides that have fighters: forces, armed groups, states; not persons, bodies or outlets. */
  private static boolean fights(EntityType type) {
    return type == EntityType.MILITARY_FORCE
        || type == EntityType.ARMED_GROUP
        || type == EntityType.STATE;
  }
}
