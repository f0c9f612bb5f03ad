package org.claimgraph.extract.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.quantity.NumberPhrase.Form;
import org.claimgraph.extract.quantity.PhraseTable.Hit;

/**
 * Finds the quantities in a piece of news text. Stateless and thread-safe.
 *
 * <p>One pass over the tokens: at each token it tries, in order, an approximation word ("around"),
 * a currency sign ("$"), a number in digits, words, a vague multiple or a fraction, and then what
 * follows the number decides the kind: "%" or "percent" a proportion, a currency name money, a time
 * unit a duration, a plural noun a count. Vague multiples ("dozens", "tens of thousands") are
 * valued at two of their unit, the least they can mean, with {@link Approximation#AT_LEAST}. Bare
 * numbers with neither a counted noun nor an approximation, years, days of the month and times of
 * day are not reported.
 */
public final class QuantityExtractor {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final QuantityLexicon lexicon = QuantityLexicon.standard();

  /** Every quantity in {@code text}, in text order, offsets relative to {@code text}. */
  public List<Quantity> find(CharSequence text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Quantity> found = new ArrayList<>();
    if (!anyNumberIn(tokens)) {
      return found; // most sentences hold no number: spares the lexicon lookups at every token
    }
    int i = 0;
    while (i < tokens.size()) {
      Found match = matchAt(tokens, i);
      if (match == null) {
        i++;
      } else {
        found.add(match.quantity());
        i = match.end();
      }
    }
    return found;
  }

  private static boolean anyNumberIn(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (NumberPhraseParser.mayStartAt(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private record Found(Quantity quantity, int end) {}

  private Found matchAt(List<Token> tokens, int start) {
    int at = start;
    Approximation approximation = Approximation.EXACT;
    Hit<Approximation> hedge = lexicon.approximations.longestAt(tokens, at);
    if (hedge != null) {
      approximation = hedge.value();
      at = hedge.end();
    }
    String currency = null;
    Hit<String> prefix = lexicon.currencyPrefixes.longestAt(tokens, at);
    if (prefix != null) {
      currency = prefix.value();
      at = prefix.end();
    }
    NumberPhrase number = NumberPhraseParser.parse(tokens, at, hedge != null, currency != null);
    if (number == null) {
      return null;
    }
    boolean bare = hedge == null && prefix == null;
    if (NumberContext.isNotAQuantity(tokens, at, number.end(), bare)) {
      return null;
    }
    if (number.form() == Form.VAGUE && approximation == Approximation.EXACT) {
      approximation = Approximation.AT_LEAST;
    }
    if (currency != null) {
      // "$" before a fraction or a vague multiple ("$ millions") is not an amount we can read.
      boolean amount = number.form() == Form.DIGITS || number.form() == Form.WORDS;
      return amount
          ? money(tokens, start, number.end(), number.value(), currency, approximation)
          : null;
    }
    if (number.form() == Form.FRACTION) {
      return found(
          tokens,
          start,
          number.end(),
          QuantityKind.PROPORTION,
          number.value(),
          "",
          approximation,
          null);
    }
    Found share = percentage(tokens, start, number, approximation);
    if (share == null) {
      share = ratio(tokens, start, number, approximation);
    }
    if (share != null || number.loneOne()) {
      return share; // a lone "one" is a share only in "one in five"
    }
    return moneyCountOrDuration(tokens, start, number, approximation);
  }

  /**
   * After a number with no currency sign: a currency name makes money, else a count or a duration.
   */
  private Found moneyCountOrDuration(
      List<Token> tokens, int start, NumberPhrase number, Approximation approximation) {
    int suffixAt = number.end();
    if (number.form() == Form.VAGUE && suffixAt < tokens.size() && tokens.get(suffixAt).is("of")) {
      suffixAt++; // "millions of dollars"
    }
    Hit<String> suffix = lexicon.currencySuffixes.longestAt(tokens, suffixAt);
    if (suffix != null) {
      return money(tokens, start, suffix.end(), number.value(), suffix.value(), approximation);
    }
    return countOrDuration(tokens, start, number, approximation);
  }

  private Found percentage(
      List<Token> tokens, int start, NumberPhrase number, Approximation approximation) {
    int at = number.end();
    if (at >= tokens.size() || number.form() == Form.VAGUE) {
      return null;
    }
    Token next = tokens.get(at);
    int end = -1;
    if (next.is("%") || next.is("percent") || NumberPhraseParser.isGluedPercent(next)) {
      end = at + 1;
    } else if (next.is("per") && at + 1 < tokens.size() && tokens.get(at + 1).is("cent")) {
      end = at + 2;
    }
    if (end < 0) {
      return null;
    }
    BigDecimal share = number.value().divide(HUNDRED, 6, RoundingMode.HALF_UP);
    return found(
        tokens,
        start,
        end,
        QuantityKind.PROPORTION,
        NumberPhraseParser.normalize(share),
        "",
        approximation,
        null);
  }

  private static boolean isRatio(List<Token> tokens, int at) {
    return at < tokens.size()
        && (tokens.get(at).is("in")
            || tokens.get(at).is("out") && at + 1 < tokens.size() && tokens.get(at + 1).is("of"));
  }

  /** "one in five", "two out of three": a proportion. */
  private Found ratio(
      List<Token> tokens, int start, NumberPhrase number, Approximation approximation) {
    int at = number.end();
    if (!isRatio(tokens, at) || number.form() != Form.WORDS && number.form() != Form.DIGITS) {
      return null;
    }
    int wholeAt = tokens.get(at).is("in") ? at + 1 : at + 2;
    NumberPhrase whole = NumberPhraseParser.parse(tokens, wholeAt, false, false);
    if (whole == null
        || whole.form() != number.form()
        || whole.yearLike()
        || whole.value().compareTo(number.value()) <= 0
        || number.value().signum() <= 0
        || Durations.unitAfter(tokens, whole.end()) != null) {
      return null;
    }
    BigDecimal share = number.value().divide(whole.value(), 4, RoundingMode.HALF_UP);
    return found(
        tokens,
        start,
        whole.end(),
        QuantityKind.PROPORTION,
        NumberPhraseParser.normalize(share),
        "",
        approximation,
        null);
  }

  private Found money(
      List<Token> tokens,
      int start,
      int end,
      BigDecimal value,
      String currency,
      Approximation approximation) {
    Durations.Found period = Durations.periodAfter(tokens, end);
    String per;
    if (period != null) {
      per = period.unit();
      end = period.end();
    } else {
      per = Durations.periodBefore(tokens, start);
    }
    return found(tokens, start, end, QuantityKind.MONEY, value, currency, approximation, per);
  }

  private Found countOrDuration(
      List<Token> tokens, int start, NumberPhrase number, Approximation approximation) {
    if (Durations.isAge(tokens, number.end())) {
      return null;
    }
    Durations.Found unit = Durations.unitAfter(tokens, number.end());
    if (unit == null && number.form() == Form.DIGITS) {
      unit = Durations.hyphenatedUnitAfter(tokens, number.end());
    }
    if (unit != null) {
      if (number.yearLike() && approximation == Approximation.EXACT) {
        return null;
      }
      return found(
          tokens,
          start,
          unit.end(),
          QuantityKind.DURATION,
          number.value(),
          unit.unit(),
          approximation,
          null);
    }
    int nounAt = number.end();
    if (number.form() == Form.VAGUE && nounAt < tokens.size() && tokens.get(nounAt).is("of")) {
      nounAt++;
    }
    CountedNoun.Found noun = CountedNoun.after(tokens, nounAt);
    boolean hedged = approximation != Approximation.EXACT;
    if (number.yearLike() && (noun == null || !hedged)) {
      return null; // "in 2021", "the 2021 elections"
    }
    if (noun == null && !hedged) {
      return null; // a bare number says too little to be reported
    }
    int end = noun == null ? number.end() : noun.end();
    String lemma = noun == null ? "" : noun.lemma();
    Durations.Found period = Durations.periodAfter(tokens, end);
    String per = null;
    if (period != null && noun != null) {
      per = period.unit();
      end = period.end();
    }
    return found(tokens, start, end, QuantityKind.COUNT, number.value(), lemma, approximation, per);
  }

  private static Found found(
      List<Token> tokens,
      int start,
      int end,
      QuantityKind kind,
      BigDecimal value,
      String unit,
      Approximation approximation,
      String per) {
    Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
    return new Found(
        new Quantity(span, kind, value, unit, approximation, Optional.ofNullable(per)), end);
  }
}
