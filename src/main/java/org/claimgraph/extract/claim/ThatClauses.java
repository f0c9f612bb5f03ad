package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * "X said that A and that B", "X said it had taken A and would hold B": two propositions under one
 * verb, each a claim of its own, so that each can be assessed, denied or corroborated apart from
 * the other, and a future told after a past one keeps its own stance.
 */
final class ThatClauses {

  /** ", and that", "and also that": the repeated complementiser that opens a second clause. */
  private static final Pattern AND_THAT =
      Pattern.compile("\\s*,?\\s+(?:and|but)\\s+(?:also\\s+)?that\\s+", Pattern.CASE_INSENSITIVE);

  /** ", and would", "and will": a future verb that opens a second clause with the same subject. */
  private static final Pattern AND_FUTURE =
      Pattern.compile("\\s*,?\\s+and\\s+(?=(?:would|will)\\s+(?!not\\b)\\p{L})");

  /** A finite verb of the past or present: the first clause tells what is or was, not a future. */
  private static final Pattern PAST_OR_PRESENT =
      Pattern.compile("\\b(?:had|has|have|was|were|is|are)\\b", Pattern.CASE_INSENSITIVE);

  private ThatClauses() {}

  /**
   * The draft split at each "and that"; the draft itself when its content has none or is quoted
   * speech (a quotation is the speaker's words, whole).
   */
  static List<ClaimDraft> split(String text, ClaimDraft d) {
    Span c = d.content();
    if (c.length() < 20 || isQuoted(text, c)) {
      return List.of(d);
    }
    if (text.indexOf("that", c.start()) < 0 || text.indexOf("that", c.start()) >= c.end()) {
      return splitAtFuture(text, d);
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

  /** The draft split before "and would …" when its first clause is in the past or present. */
  private static List<ClaimDraft> splitAtFuture(String text, ClaimDraft d) {
    Span c = d.content();
    Matcher m = AND_FUTURE.matcher(text).region(c.start(), c.end());
    if (!m.find()
        || ClaimFinder.countWords(text, m.end(), c.end()) < 3
        || insideQuotation(text, c.start(), m.start())
        || !PAST_OR_PRESENT.matcher(text).region(c.start(), m.start()).find()) {
      return List.of(d);
    }
    return List.of(with(d, new Span(c.start(), m.start())), with(d, new Span(m.end(), c.end())));
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
