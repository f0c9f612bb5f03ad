package org.claimgraph.extract.claim;

import java.util.regex.Pattern;
import org.claimgraph.extract.model.Stance;

/**
 * The stance that a plain "said" or "told" takes from the reported words themselves: a main clause
 * in the future foretells ("the ministry said reinforcements would reach the north within a week"
 * predicts), and a main clause whose subject is "no …" or "none of …" says that something did not
 * happen ("he said none of the group's fighters had been near the market" denies), and an
 * obligation or a request urges ("we need the state to send tents"). Stateless.
 */
final class ContentStance {

  /**
   * A short subject, then a future or an expectation: "they will be held", "the army would retake",
   * "it expects to regain", "forces were unlikely to encircle"; or no subject, the second verb of
   * "said it had withdrawn and would fight on". The speaker's own side's plans are futures too (the
   * gold README's convention). A negated future ("would not allow", "will not turn anyone away") is
   * a refusal or a resolve, not a forecast.
   */
  private static final Pattern FUTURE_MAIN_CLAUSE =
      Pattern.compile(
          "^[\"“]?(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}[\"“]?(?:will|would|shall|expects?\\s+to"
              + "|(?:is|are|was|were)\\s+(?:going|likely|unlikely|expected|set)\\s+to)\\s+"
              + "(?!not\\b|never\\b|n['’]t\\b)\\p{L}",
          Pattern.CASE_INSENSITIVE);

  /**
   * "no civilian sites were targeted", "none of the fighters", "not a single soldier": the subject
   * denies. Not "no one was injured", which reports, with nobody to answer.
   */
  private static final Pattern NEGATIVE_SUBJECT =
      Pattern.compile(
          "^[\"“]?(?:no\\s+(?!one\\b|longer\\b|more\\b|doubt\\b)\\p{L}|none\\s+of\\b|not\\s+a\\s+single\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * An obligation or a request in the speaker's words: "the world must act", "We need the state to
   * send tents", "we want the UN to come": the speaker urges. Not "must not", a warning.
   */
  private static final Pattern OBLIGATION =
      Pattern.compile(
          "^[\"“]?(?:(?:[\\p{L}\\p{N}'’-]+\\s+){1,5}(?:must|ought\\s+to|(?:has|have|needs?)\\s+to)"
              + "\\s+(?!not\\b|never\\b|be\\s+(?:a|an|the)\\b)\\p{L}"
              + "|(?:we|i)\\s+(?:need|want|ask|expect)\\s+(?:[\\p{L}'’-]+\\s+){1,4}to\\s+\\p{L})",
          Pattern.CASE_INSENSITIVE);

  /**
   * "said it feared that families were trapped", "said they were worried that": the speaker's own
   * fear, told with a plain "said".
   */
  private static final Pattern SPEAKER_FEARS =
      Pattern.compile(
          "^(?:it|they|he|she|we|i)\\s+(?:feared|fears|fear|(?:was|were|is|are|am)\\s+"
              + "(?:worried|concerned|afraid))\\s+(?:that\\s+)?\\p{L}",
          Pattern.CASE_INSENSITIVE);

  private ContentStance() {}

  /**
   * "The loss of the town would be a setback", "Control of the crossing would give the rebels
   * access": a hypothetical about an event, not a forecast.
   */
  private static final Pattern EVENT_SUBJECT =
      Pattern.compile("^[\"“]?(?:the\\s+|a\\s+)?[\\p{L}-]+\\s+of\\s+", Pattern.CASE_INSENSITIVE);

  /**
   * The stance of words reported with {@code stance}: a plain assertion takes any of the stances
   * above; a finer one ("insisted", "claimed", "believes") only foretells, for the stance
   * convention holds whatever verb reports a future ("insisted the army would return" predicts).
   */
  static Stance of(String content, Stance stance) {
    if (stance != Stance.ASSERTS) {
      return stance.coarse() == Stance.ASSERTS && foretells(content) ? Stance.PREDICTS : stance;
    }
    if (SPEAKER_FEARS.matcher(content).lookingAt()) {
      return Stance.FEARS;
    }
    if (NEGATIVE_SUBJECT.matcher(content).lookingAt()) {
      return Stance.DENIES;
    }
    if (OBLIGATION.matcher(content).lookingAt()) {
      return Stance.URGES;
    }
    return foretells(content) ? Stance.PREDICTS : stance;
  }

  private static boolean foretells(String content) {
    return FUTURE_MAIN_CLAUSE.matcher(content).lookingAt()
        && !EVENT_SUBJECT.matcher(content).lookingAt();
  }
}
