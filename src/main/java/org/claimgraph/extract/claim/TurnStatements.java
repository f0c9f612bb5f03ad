package org.claimgraph.extract.claim;

import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;

/**
 * In a transcript the turn is the attribution: "Spokesman: Our forces hold the bridge." is the
 * spokesman saying so, with no reporting verb. A sentence of an answering turn that no reporting
 * verb attributes becomes the speaker's claim, unless it is a question, a courtesy or talk about
 * the briefing itself. Stateless.
 */
final class TurnStatements {

  /** Greetings, thanks and the briefer's running of the briefing: no statement about the world. */
  private static final Pattern COURTESY =
      Pattern.compile(
          "^(?:good\\s+(?:morning|afternoon|evening)|thank|thanks|hello|welcome|next\\s+question"
              + "|let\\s+me|i\\s+will\\s+(?:begin|start|now|not)|i\\s+(?:have|had)\\s+not\\s+seen"
              + "|i\\s+(?:would|will)\\s+(?:not|refer)|(?:no|yes)\\b\\W*$|over\\s+to|the\\s+next\\s+(?:briefing|question))",
          Pattern.CASE_INSENSITIVE);

  /** A statement that something is not so: the speaker denies it. */
  private static final Pattern NEGATION =
      Pattern.compile(
          "\\b(?:not|never|no|nothing|nobody|none|false|untrue|baseless|lies?|exaggerated"
              + "|fabricated|wrong)\\b|n['’]t\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Negatives that deny nothing said before: a resolve ("We will not give up the city", "we won't
   * leave") and a correction after a comma ("We lost one helicopter, to a fault, not to enemy
   * fire"), which asserts its own account.
   */
  private static final Pattern NOT_A_DENIAL =
      Pattern.compile(
          "\\b(?:will|would|shall)\\s+not\\b|\\b(?:won|shan)['’]t\\b|,\\s+(?:and\\s+|but\\s+)?not\\s+[^,.;]*",
          Pattern.CASE_INSENSITIVE);

  private TurnStatements() {}

  /** Whether a claim's cue is a turn's label ("Spokesman:"), which is how these claims are cued. */
  static boolean isTurnCue(String cue) {
    return cue.endsWith(":");
  }

  /** The speaker's claim in {@code sentence}, when it is a plain statement in an answer turn. */
  static Optional<ClaimDraft> of(String text, Sentence sentence, EntityRegistry reg) {
    Span ss = sentence.span();
    Optional<TranscriptTurns.Turn> turn = TranscriptTurns.of(text, ss, reg);
    if (turn.isEmpty() || turn.get().question() || turn.get().speakerKey().isEmpty()) {
      return Optional.empty();
    }
    Span label = turn.get().label();
    boolean labelled = ss.start() < label.end();
    int cs = labelled ? Math.max(ss.start(), label.end()) : ss.start();
    while (cs < ss.end() && !Character.isLetterOrDigit(text.charAt(cs))) {
      cs++;
    }
    int ce = ss.end();
    while (ce > cs && !Character.isLetterOrDigit(text.charAt(ce - 1))) {
      ce--;
    }
    String words = text.substring(cs, ce);
    boolean denial = NEGATION.matcher(NOT_A_DENIAL.matcher(words).replaceAll(" ")).find();
    // "That is false." is a whole denial in three words; other short lines are courtesies.
    if (text.substring(ce, ss.end()).contains("?")
        || ClaimFinder.countWords(text, cs, ce) < (denial ? 3 : 4)
        || COURTESY.matcher(words).lookingAt()) {
      return Optional.empty();
    }
    // The label attributes only its own sentence's words; later sentences have no words for it.
    Span who = labelled ? label : new Span(cs, cs);
    return Optional.of(
        new ClaimDraft(
            turn.get().speakerKey(),
            SourceKind.NAMED,
            who,
            label.quote(text),
            who,
            denial ? Stance.DENIES : Stance.ASSERTS,
            new Span(cs, ce),
            sentence.index()));
  }
}
