package org.claimgraph.extract.event;

import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.text.QuestionMarks;

/**
 * Whether a trigger tells something that happened (or is claimed to have happened) rather than
 * something threatened, feared, planned or merely possible: "warned that it would retake the pass",
 * "fear that the rebels could seize the town", "any attack on the crossing will receive a firm
 * response" tell no event. Stateless.
 */
final class Realis {

  /** "to capture", "the captured town", "a seized lorry": an infinitive or an adjective. */
  private static final Pattern NOT_REALIS =
      Pattern.compile(
          "(?:\\b(?:to|the|a|an|of)\\s+)$|(?:\\bto\\s+\\w+ly\\s+)$", Pattern.CASE_INSENSITIVE);

  /**
   * "had not withdrawn", "is regrouping, not retreating", "never captured": denied by the telling.
   */
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(?:not|never)\\s+(?:\\w+ly\\s+)?$"
              // "no civilian sites were targeted": a passive whose subject is none
              + "|\\bno\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was|(?:have|has|had)\\s+been)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "We strike only military targets": the present after a pronoun tells a habit, not an event. */
  private static final Pattern PRONOUN_BEFORE =
      Pattern.compile("\\b(?:we|they|you|I)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);

  /**
   * "denied carrying out a strike", "denied losing the town": a denial tells the event did not
   * happen.
   */
  private static final Pattern DENIED =
      Pattern.compile(
          "\\bden(?:y|ies|ied|ying)\\s+(?:(?:ever|having|that\\s+it|that\\s+they)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * "accused the army of bombing the town", "accuse your forces of shelling": an accusation tells
   * the event as the accuser claims it, as a claimed capture is told.
   */
  private static final Pattern ACCUSED_OF =
      Pattern.compile(
          "\\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\\b[^.;:]{0,60}?\\bof\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "an operation aimed at capturing", "bent on retaking": a purpose, not a deed. */
  private static final Pattern PURPOSE_BEFORE =
      Pattern.compile(
          "\\b(?:aim(?:s|ed|ing)?\\s+at|intent\\s+on|bent\\s+on|set\\s+on|with\\s+a\\s+view\\s+to"
              + "|in\\s+the\\s+hope\\s+of|for\\s+the\\s+purpose\\s+of)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "have been able to capture", "appeared to retake": the infinitive tells what was done. */
  private static final Pattern DONE_TO =
      Pattern.compile(
          "\\b(?:able|managed|going|appeared|appears|seemed|seems"
              // "continue to advance", "began to withdraw": under way, not planned
              + "|continues?|continued|continuing|began|begun|started"
              // "had been ordered to pull back", "were forced to withdraw": made to, and did
              + "|ordered|forced|compelled|obliged)\\s+to\\s+(?:\\w+ly\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A modal before the verb: "would retake", "could be able to seize", "will not withdraw", "may
   * have captured" — a threat, a fear or a guess, not a report of the event.
   */
  private static final Pattern MODAL =
      Pattern.compile(
          "\\b(?:would|will|could|might|(?-i:may)|shall|should|can|cannot|must)\\s+(?:\\w+ly\\s+)?"
              + "(?:(?:not|be|have|been|able|to|soon|still)\\s+){0,4}$",
          Pattern.CASE_INSENSITIVE);

  /**
   * "an attempt by X to advance on Y", "several efforts are being conducted to recapture the town":
   * the movement or the operation was made, even when it was repelled. Only for advances, attacks
   * and recaptures (a side working to take back what it lost): an attempt to capture a town tells
   * no capture.
   */
  private static final Pattern ATTEMPT_TO =
      Pattern.compile(
          "\\b(?:attempts?|efforts?)\\s+(?:by\\s+[^,.;:]{1,60}?\\s+)?(?:(?:are|were|is|was|being"
              + "|been|made|conducted|under\\s+way|underway)\\s+){0,3}to\\s+(?:\\w+ly\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A noun made hypothetical by its determiner: "any attack on the crossing", "no withdrawal from
   * the town", "a possible offensive on the city".
   */
  private static final Pattern HYPOTHETICAL_NOUN =
      Pattern.compile(
          "\\b(?:any|no|every|possible|potential|future|planned|eventual|threatened)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "to advance on the town": a word the lexicon reads as a noun used as a verb's infinitive. */
  private static final Pattern INFINITIVE = Pattern.compile("\\bto\\s+$", Pattern.CASE_INSENSITIVE);

  /** How far before a trigger its modal or infinitive marker is looked for. */
  private static final int REACH = 30;

  /** How far before a trigger "an attempt by … to" may start: the by-phrase names the mover. */
  private static final int ATTEMPT_REACH = 90;

  private Realis() {}

  /** Whether a verb trigger tells an event: not an infinitive, adjective or modal clause. */
  static boolean verb(String text, Span sentence, Span trigger, boolean movement) {
    return verb(text, sentence, trigger, movement, false);
  }

  /**
   * As {@link #verb(String, Span, Span, boolean)}, knowing whether the trigger is the verb's base
   * form ("strike", "withdraw"), which after a pronoun tells a habit.
   */
  static boolean verb(
      String text, Span sentence, Span trigger, boolean movement, boolean baseForm) {
    int from = Math.max(sentence.start(), trigger.start() - REACH);
    if (baseForm && PRONOUN_BEFORE.matcher(text).region(from, trigger.start()).find()) {
      return false;
    }
    if (MODAL.matcher(text).region(from, trigger.start()).find()
        || NEGATED.matcher(text).region(from, trigger.start()).find()
        || DENIED.matcher(text).region(from, trigger.start()).find()
        || PURPOSE_BEFORE.matcher(text).region(from, trigger.start()).find()
        // "Did the army withdraw from Zouar?": a question reports nothing.
        || QuestionMarks.endsAQuestion(text, sentence)) {
      return false;
    }
    if (DONE_TO.matcher(text).region(from, trigger.start()).find()) {
      return true;
    }
    if (movement && attempt(text, sentence, trigger)) {
      return true;
    }
    if (ACCUSED_OF
        .matcher(text)
        .region(Math.max(sentence.start(), trigger.start() - 90), trigger.start())
        .find()) {
      return true;
    }
    return !NOT_REALIS.matcher(text).region(from, trigger.start()).find();
  }

  /** Whether a noun trigger tells an event: not "any attack", "no withdrawal". */
  static boolean noun(String text, Span sentence, Span trigger, boolean movement) {
    if (movement && attempt(text, sentence, trigger)) {
      return true; // "an attempt by X to advance on Y", where "advance on" reads as a noun too
    }
    int from = Math.max(sentence.start(), trigger.start() - REACH);
    if (movement
        && INFINITIVE.matcher(text).region(from, trigger.start()).find()
        && !DONE_TO.matcher(text).region(from, trigger.start()).find()) {
      return false; // "plans to advance on the town"
    }
    return !HYPOTHETICAL_NOUN.matcher(text).region(from, trigger.start()).find();
  }

  /** Whether the trigger is the infinitive of "an attempt (by X) to …". */
  static boolean attempt(String text, Span sentence, Span trigger) {
    int from = Math.max(sentence.start(), trigger.start() - ATTEMPT_REACH);
    return ATTEMPT_TO.matcher(text).region(from, trigger.start()).find();
  }

  /** Where "by X" of "an attempt by X to …" names the mover, that stretch of text. */
  static Span attemptBy(String text, Span sentence, Span trigger) {
    int from = Math.max(sentence.start(), trigger.start() - ATTEMPT_REACH);
    var m = ATTEMPT_TO.matcher(text).region(from, trigger.start());
    if (!m.find()) {
      return new Span(trigger.start(), trigger.start());
    }
    return new Span(m.start(), trigger.start());
  }
}
