package org.claimgraph.extract.claim;

import java.util.regex.Pattern;

/**
 * A dismissal of someone's words that gives none of its own: "Mr Reiter says many things.", "They
 * can say what they like." It is no claim with the content "many things", but a DISPUTED
 * assessment, by whoever speaks the sentence, of the claim of the one named. Stateless.
 */
final class Dismissals {

  /** What is said, as a dismissal puts it: many things, whatever one likes. */
  private static final Pattern VAGUE_WORDS =
      Pattern.compile(
          "(?:a\\s+lot\\s+of|lots\\s+of|many|all\\s+sorts\\s+of|all\\s+kinds\\s+of)\\s+things"
              + "|what(?:ever)?\\s+(?:he|she|they|it|you)\\s+(?:likes?|wants?|wish(?:es)?)",
          Pattern.CASE_INSENSITIVE);

  /** The dismissal in a sentence: "says many things", "can say what they like". */
  private static final Pattern DISMISSAL =
      Pattern.compile(
          "\\b(?:says?|said|claims?|claimed)\\s+(?:" + VAGUE_WORDS.pattern() + ")\\b",
          Pattern.CASE_INSENSITIVE);

  private Dismissals() {}

  /** Whether reported words are only a dismissal's vague "many things". */
  static boolean isVague(String content) {
    return VAGUE_WORDS.matcher(content.strip()).matches();
  }

  /** Whether a verification phrase is a dismissal, whose subject is the one dismissed. */
  static boolean isDismissal(String phrase) {
    return DISMISSAL.matcher(phrase).lookingAt();
  }
}
