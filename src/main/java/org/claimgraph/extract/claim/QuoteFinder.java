package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * Finds the quotation a reporting verb introduces or closes: {@code "…," X said}, {@code "…," said
 * X}, {@code X said: "…"}. News copy attributes direct speech this way far more than any other, and
 * the quotation marks give the reported words' exact extent, which the clause structure only
 * guesses.
 */
final class QuoteFinder {

  /**
   * Between a closing quote and the verb: a comma and the speaker, a few words at most. A word may
   * be an abbreviation with its full stop ("Col.", "Lt.", "Dr.", "J.", "U.N."): military and civil
   * titles stand before speakers' names in news copy, and their stop ends no sentence.
   */
  private static final Pattern GAP_BEFORE_VERB =
      Pattern.compile(
          "^[\\s,]*(?:(?:[^\\s\"“”.!?;]+|[A-Z][A-Za-z]{0,3}\\.|(?:[A-Z]\\.){2,})\\s+){0,9}?$");

  /** Between the verb and an opening quote: an object ("reporters"), then a colon or comma. */
  private static final Pattern GAP_AFTER_VERB =
      Pattern.compile("^\\s*(?:[\\w’'-]+\\s+){0,4}?[\\w’'-]*\\s*[:,]?\\s*$");

  private QuoteFinder() {}

  /** The quotations of a sentence, as the spans between their marks. */
  static List<Span> quotations(String text, Span sentence) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char openMark = 0;
    for (int i = sentence.start(); i < sentence.end(); i++) {
      char c = text.charAt(i);
      if (open < 0 && (c == '"' || c == '“')) {
        open = i;
        openMark = c;
      } else if (open >= 0 && ((openMark == '"' && c == '"') || (openMark == '“' && c == '”'))) {
        if (i > open + 1) {
          out.add(new Span(open + 1, i));
        }
        open = -1;
      }
    }
    return out;
  }

  /** The quotation that {@code cue} attributes, with the reported words trimmed of punctuation. */
  static Optional<Span> attributedBy(String text, Span sentence, Span cue) {
    List<Span> quotes = quotations(text, sentence);
    for (int i = quotes.size() - 1; i >= 0; i--) {
      Span q = quotes.get(i);
      int close = q.end() + 1;
      String gap = close <= cue.start() ? text.substring(close, cue.start()) : null;
      // The quotation must close a statement: '…," X said' or '…", X said', not '"barbaric" and
      // said'.
      boolean closesStatement =
          gap != null
              && (",.!?".indexOf(text.charAt(q.end() - 1)) >= 0
                  || gap.stripLeading().startsWith(","));
      if (closesStatement && GAP_BEFORE_VERB.matcher(gap).matches()) {
        return Optional.of(trim(text, q));
      }
    }
    for (Span q : quotes) {
      int open = q.start() - 1;
      if (open >= cue.end()
          && open - cue.end() < 40
          && GAP_AFTER_VERB.matcher(text.substring(cue.end(), open)).matches()
          && !scareQuote(text, sentence, q)) {
        return Optional.of(trim(text, q));
      }
    }
    return Optional.empty();
  }

  /**
   * A word or two in quotation marks inside a clause ("units of its \"West\" group had
   * \"liberated\" the village"): the speaker's term, not their statement, which goes on after it.
   */
  private static boolean scareQuote(String text, Span sentence, Span q) {
    int words = ClaimFinder.countWords(text, q.start(), q.end());
    if (words > 2) {
      return false;
    }
    int after = q.end() + 1;
    while (after < sentence.end() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    return after < sentence.end() && Character.isLetterOrDigit(text.charAt(after));
  }

  private static Span trim(String text, Span q) {
    int s = q.start();
    int e = q.end();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s
        && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return new Span(s, e);
  }
}
