package org.claimgraph.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;

/**
 * Who did what a noun tells, when the clause's subject may not be the doer: "our forces repelled an
 * attack" (the subject defended), "a spokesman said the capture of X showed" (the subject speaks),
 * "blamed the shelling on the rebels" (the doer follows "on"), "Russian advances" (the country's
 * adjective names its forces), "seized X after a week of air strikes" (the taker struck).
 * Stateless.
 */
final class NounEventAgents {

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private NounEventAgents() {}

  /** A defence told before the attack it stopped: "repelled an attack on", "fought off a raid". */
  private static final Pattern REPELLED_BEFORE =
      Pattern.compile(
          "\\b(?:repelled|repulsed|fought\\s+off|thwarted|foiled|beat\\s+back|pushed\\s+back)\\s+"
              + "(?:an?|the|several|two|three|\\w+)?\\s*(?:\\w+\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** A trigger that is itself the defence: "repelled an attack", "repulsed an assault". */
  private static final Pattern REPELLED =
      Pattern.compile("(?:repelled|repulsed)\\s", Pattern.CASE_INSENSITIVE);

  /**
   * Whether an attack is told by its defence ("repelled an attack on", "fought off a raid"), so
   * that the clause's subject is the defender, not the attacker.
   */
  static boolean defended(String text, Span sentence, Span trigger) {
    return REPELLED.matcher(text).region(trigger.start(), trigger.end()).lookingAt()
        || REPELLED_BEFORE
            .matcher(text)
            .region(Math.max(sentence.start(), trigger.start() - 30), trigger.start())
            .find();
  }

  /** A noun event opening reported words: "said the capture of", "says that the fall of". */
  private static final Pattern REPORTED_NOUN =
      Pattern.compile(
          "\\b(?:said|says|say|told\\s+\\w+|added|stated|noted|argued|believes?|thinks?)\\s+"
              + "(?:that\\s+)?(?:the|a|an|this|that)\\s+(?:\\w+\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * "after a week of air strikes", "following days of shelling": the attacks that led to what the
   * sentence told before them, right before the noun.
   */
  private static final Pattern AFTER_WEEKS_OF =
      Pattern.compile(
          "\\b(?:after|following)\\s+(?:(?:a|an|one|two|three|four|several|many|days?|weeks?"
              + "|months?|heavy|intense|sustained|repeated)\\s+){0,3}(?:of\\s+)?"
              + "(?:(?:heavy|intense|sustained|repeated)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "blamed … on X", "blames … on X": X is who the attack is laid to. */
  private static final Pattern BLAMED =
      Pattern.compile("\\bblam(?:ed|es|ing)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern ON_BEFORE = Pattern.compile("\\son\\s+(?:the\\s+)?$");

  /** Whom an attack told with a noun is blamed on: "blamed the shelling of X on the rebels". */
  static Optional<String> blamedOn(
      String text, Span ss, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    int from = Math.max(ss.start(), trigger.start() - 40);
    if (!BLAMED.matcher(text).region(from, trigger.start()).find()) {
      return Optional.empty();
    }
    return mentions.stream()
        .filter(
            m ->
                m.span().start() >= trigger.end()
                    && m.span().end() <= ss.end()
                    && reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false)
                    && ON_BEFORE
                        .matcher(text)
                        .region(Math.max(trigger.end(), m.span().start() - 8), m.span().start())
                        .find())
        .map(Mention::entityKey)
        .findFirst();
  }

  /**
   * The forces of the country whose adjective stands right before a noun trigger: "Russian
   * advances", "Israeli air strikes on". A country's adjective before its deeds names its forces.
   */
  static Optional<String> demonymForces(
      String text, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    for (Mention m : mentions) {
      if (m.span().end() <= trigger.start()
          && BLANKS.matcher(text.substring(m.span().end(), trigger.start())).matches()
          && reg.typeOf(m.entityKey()).orElse(null) == EntityType.COUNTRY) {
        return Optional.of(reg.forcesOf(m.entityKey()));
      }
    }
    return Optional.empty();
  }

  /** Whether a noun trigger opens reported words, whose speaker did not do it. */
  static boolean reported(String text, int from, Span trigger) {
    return REPORTED_NOUN.matcher(text).region(from, trigger.start()).find();
  }

  /** Whether a noun attack is told as what came before the sentence's event: "after a week of". */
  static boolean leadingUp(String text, Span sentence, Span trigger) {
    return AFTER_WEEKS_OF.matcher(text).region(sentence.start(), trigger.start()).find();
  }
}
