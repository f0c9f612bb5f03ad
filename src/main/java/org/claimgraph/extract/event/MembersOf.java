package org.claimgraph.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the side begins in "fighters of the X", "troops loyal to X", "members of X": reports name a
 * captor or attacker by its members ("the town fell to fighters of the Islamic State", "the capture
 * of X by militants from the Y"), and the side is the one named after the members. Stateless.
 */
final class MembersOf {

  /** "by fighters of the", "militants from", "troops loyal to", after a trigger. */
  private static final Pattern AFTER =
      Pattern.compile(
          "\\s+(?:by\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:fighters|troops|forces|units|members"
              + "|militants|soldiers|militiamen|elements|gunmen)\\s+(?:of|from|loyal\\s+to)"
              + "\\s+(?:the\\s+)?",
          Pattern.CASE_INSENSITIVE);

  /** The same words ending right before a name: "… by fighters of the ⟨name⟩". */
  private static final Pattern BEFORE_NAME =
      Pattern.compile(
          "\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:fighters|troops|forces|units|members"
              + "|militants|soldiers|militiamen|elements|gunmen)\\s+(?:of|from|loyal\\s+to)"
              + "\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** How far before a name the member words may begin. */
  static final int REACH = 50;

  private MembersOf() {}

  /**
   * Where the side is named after {@code from} ("fell to fighters of the ⟨X⟩"), or {@code from}
   * when the words after it name no members.
   */
  static int sideStart(String text, int from, int end) {
    Matcher m = AFTER.matcher(text).region(from, end);
    return m.lookingAt() ? m.end() : from;
  }

  /** Whether "by fighters of the" (or the like) ends at {@code nameStart}. */
  static boolean before(String text, int regionStart, int nameStart) {
    return BEFORE_NAME
        .matcher(text)
        .region(Math.max(regionStart, nameStart - REACH), nameStart)
        .find();
  }
}
