package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * "X said that A and that B": two propositions under one verb, each a claim of its own, so that
 * each can be assessed, denied or corroborated apart from the other.
 */
final class ThatClauses {

  /** ", and that", "and also that": the repeated complementiser that opens a second clause. */
  private static final Pattern AND_THAT =
      Pattern.compile("\\s*,?\\s+(?:and|but)\\s+(?:also\\s+)?that\\s+", Pattern.CASE_INSENSITIVE);

  private ThatClauses() {}

  /**
   * The draft split at each "and that"; the draft itself when its content has none or is quoted
   * speech (a quotation is the speaker's words, whole).
   */
  static List<ClaimDraft> split(String text, ClaimDraft d) {
    Span c = d.content();
    if (c.length() < 20 || isQuoted(text, c) || text.indexOf("that", c.start()) < 0) {
      return List.of(d);
    }
    List<ClaimDraft> out = new ArrayList<>();
    int start = c.start();
    Matcher m = AND_THAT.matcher(text).region(c.start(), c.end());
    while (m.find()) {
      if (ClaimFinder.countWords(text, start, m.start()) >= 2
          && ClaimFinder.countWords(text, m.end(), c.end()) >= 2
          && !insideQuotation(text, c.start(), m.start())) {
        out.add(with(d, new Span(start, m.start())));
        start = m.end();
      }
    }
    if (out.isEmpty()) {
      return List.of(d);
    }
    out.add(with(d, new Span(start, c.end())));
    return out;
  }

  private static ClaimDraft with(ClaimDraft d, Span content) {
    return new ClaimDraft(
        d.claimantKey(),
        d.claimantKind(),
        d.claimantSpan(),
        d.cue(),
        d.cueSpan(),
        d.stance(),
        content,
        d.sentenceIndex());
  }

  private static boolean isQuoted(String text, Span c) {
    return c.start() > 0 && "\"“".indexOf(text.charAt(c.start() - 1)) >= 0;
  }

  /** Whether an odd number of quotation marks stands between {@code from} and {@code to}. */
  private static boolean insideQuotation(String text, int from, int to) {
    int marks = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '“' || ch == '”') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }
}
