package org.claimgraph.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether the words before a date, in its sentence, put it in the future: "will meet on
 * Thursday", "said the council would hold a meeting on Thursday", "talks are due to resume on 9
 * July". News reports mostly tell the past, so dates without such a cue are taken as past.
 */
final class FutureCue {

  private static final int WINDOW = 80;

  private static final Pattern CUE =
      Pattern.compile(
          "\\b(?:will|would|shall|won't|is\\s+due|are\\s+due|plans?\\s+to|planned|scheduled|expected\\s+to"
              + "|set\\s+to|to\\s+be\\s+held|going\\s+to)\\b|'ll\\b",
          Pattern.CASE_INSENSITIVE);

  private FutureCue() {}

  /** Whether a future cue stands between the start of the sentence and {@code at}. */
  static boolean before(CharSequence text, int at) {
    int from = Math.max(0, at - WINDOW);
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        from = i + 1;
        break;
      }
    }
    Matcher m = CUE.matcher(text);
    m.region(from, at);
    return m.find();
  }
}
