package org.claimgraph.extract.text;

import org.claimgraph.extract.Span;

/**
 * Whether a sentence asks rather than tells: "Did the army withdraw from Zouar?", "What are
 * officials saying about civilians?". Neither an event nor an attribution is reported in one.
 * Stateless.
 */
public final class QuestionMarks {

  private QuestionMarks() {}

  /** Whether the sentence ends with a question mark, before any closing quote or bracket. */
  public static boolean endsAQuestion(CharSequence text, Span sentence) {
    int i = sentence.end() - 1;
    while (i >= sentence.start() && closes(text.charAt(i))) {
      i--;
    }
    return i >= sentence.start() && text.charAt(i) == '?';
  }

  private static boolean closes(char c) {
    return Character.isWhitespace(c) || "\"”’')".indexOf(c) >= 0;
  }
}
