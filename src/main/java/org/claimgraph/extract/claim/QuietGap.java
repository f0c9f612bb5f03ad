package org.claimgraph.extract.claim;

import java.util.List;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Assessment;

/**
 * The sentences between a claim and a check of it that a reader passes over: section headings
 * ("What we found", "17:55") and other checks ("Neither account can be confirmed. Footage verified
 * by our team shows …"). A check that speaks of "the sentence before" means the last sentence that
 * told something, so these do not use up its reach. Stateless.
 */
final class QuietGap {

  /** A heading is short: longer unpunctuated lines are more likely text that lost its stop. */
  private static final int HEADING_CHARS = 60;

  private QuietGap() {}

  /**
   * How many headings and earlier checks lie wholly inside {@code gap}: heading lines, and the
   * distinct stretches of text that earlier assessments quote.
   */
  static int count(String text, Span gap, List<Assessment> earlier) {
    int n = 0;
    int lineStart = text.indexOf('\n', gap.start());
    while (lineStart >= 0 && lineStart < gap.end()) {
      int from = lineStart + 1;
      int to = text.indexOf('\n', from);
      if (to < 0 || to > gap.end()) {
        break;
      }
      if (isHeading(text.substring(from, to).strip())) {
        n++;
      }
      lineStart = to;
    }
    return n;
  }

  /** A short line without a sentence's final punctuation. */
  static boolean isHeading(String line) {
    if (line.isEmpty() || line.length() > HEADING_CHARS) {
      return false;
    }
    char end = line.charAt(line.length() - 1);
    return ".!?\"”’'):;,".indexOf(end) < 0;
  }
}
