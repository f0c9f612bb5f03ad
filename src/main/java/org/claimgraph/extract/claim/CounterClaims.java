package org.claimgraph.extract.claim;

import java.util.regex.Pattern;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.lexicon.LeadingCharacters;
import org.claimgraph.extract.model.Claim;

/**
 * A counter-claim: one side says it took something ("the rebels said they had seized the
 * crossing"), the other says it still holds it ("the ministry said border police remained in charge
 * of the crossing", "the army says the front line has not moved"). Saying the ground is held
 * disputes the claim that it was lost, without any word of denial. Stateless.
 */
final class CounterClaims {

  /** How many sentences back the claimed gain may lie: an answer follows the claim closely. */
  static final int REACH = 6;

  /** Words saying that a place or a line is still held: nothing changed hands. */
  private static final Pattern HOLDS_ITS_GROUND =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\bstill\\s+(?:(?:held|holds|hold|controls?|controlled)\\b|in\\s+(?:full\\s+)?control\\b)"
                  + "|\\bremain(?:s|ed)?\\s+(?:firmly\\s+|fully\\s+)?(?:in\\s+(?:full\\s+)?(?:control|charge)"
                  + "|open|under\\s+(?:\\w+\\s+)?control)\\b"
                  + "|\\b(?:has|have|had)\\s+not\\s+(?:moved|fallen|been\\s+(?:taken|captured|lost)"
                  + "|changed\\s+hands)\\b"
                  + "|\\b(?:is|are|was|were)\\s+(?:still\\s+)?holding\\s+(?:their|its|our|the|every)\\b",
              Pattern.CASE_INSENSITIVE));

  /** Words telling that someone took ground: the claim a holding statement answers. */
  private static final Pattern GAIN =
      Pattern.compile(
          "\\b(?:captured|seized|took|taken|overran|overrun|entered|liberated|surrounded"
              + "|encircled|pushed|driven|drove|crept)\\b|\\b(?:fell|fallen)\\s+to\\b",
          Pattern.CASE_INSENSITIVE);

  private CounterClaims() {}

  /** Whether a claim's words say that ground is still held. */
  static boolean holdsItsGround(String content) {
    return HOLDS_ITS_GROUND.matcher(content).find();
  }

  /**
   * Whether {@code gain} is the other side's claim that {@code holding} answers: a claimed gain by
   * another party, not by the holder's own side (its spokesman, its parent) nor by the party the
   * holding words name as the holder ("the spokesman said the Taliban still held the town").
   */
  static boolean answers(String text, Claim holding, Claim gain, EntityRegistry reg) {
    if (gain.claimantKey().isEmpty() || !toldAGain(gain.content().quote(text))) {
      return false;
    }
    String other = gain.claimantKey().get();
    return !holding.claimantKey().map(h -> Sides.same(h, other, reg)).orElse(false)
        && !holding.aboutKeys().contains(other);
  }

  /** Whether a claim's words tell that ground was taken. */
  static boolean toldAGain(String content) {
    return GAIN.matcher(content).find();
  }
}
