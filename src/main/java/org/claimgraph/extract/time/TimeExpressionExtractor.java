package org.claimgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.extract.Span;

/**
 * Finds time expressions in news text and resolves them against an anchor date. Thread-safe.
 *
 * <p>Every rule of {@link DateRules} and {@link AnchorRules} runs over the text; where matches
 * overlap the longest wins ("9 July 2021" over "9 July"). A phrase keeps its leading preposition
 * ("on Friday", "since 2001") because the preposition can change what it means. Relative phrases
 * without an anchor are reported unresolved.
 */
public final class TimeExpressionExtractor {

  private static final List<TimeRule> RULES = rules();

  /** Every word a rule's trigger asks about: the only words worth collecting from a sentence. */
  static final WordTable TRIGGER_WORDS =
      new WordTable(
          RULES.stream()
              .flatMap(
                  r ->
                      Stream.concat(r.trigger().words().stream(), r.trigger().alsoWords().stream()))
              .collect(Collectors.toSet()));

  private static List<TimeRule> rules() {
    List<TimeRule> rules = new ArrayList<>(DateRules.rules());
    rules.addAll(AnchorRules.rules());
    return List.copyOf(rules);
  }

  private record Candidate(int start, int end, Resolution resolution) {
    int length() {
      return end - start;
    }
  }

  /**
   * Every time expression in {@code text}, in text order, offsets relative to {@code text}.
   *
   * @param anchor the publication date, when known; relative expressions stay unresolved without it
   */
  public List<TimeExpression> find(CharSequence text, Optional<LocalDate> anchor) {
    List<Candidate> candidates = new ArrayList<>();
    SentenceClues clues = SentenceClues.of(text, TRIGGER_WORDS);
    for (TimeRule rule : RULES) {
      if (!rule.trigger().fires(clues)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        Resolution resolution = rule.resolver().resolve(text, m, anchor);
        if (resolution != null) {
          candidates.add(new Candidate(m.start(), m.end(), resolution));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
    BitSet taken = new BitSet(text.length());
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      int firstTaken = taken.nextSetBit(c.start());
      if (firstTaken < 0 || firstTaken >= c.end()) {
        taken.set(c.start(), c.end());
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    List<TimeExpression> found = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      Resolution r = c.resolution();
      Span span = new Span(c.start(), c.end());
      // Whatever the rule thought, an interval that starts after the anchor lies in the future.
      boolean future =
          r.future()
              || anchor.isPresent()
                  && r.begin().isPresent()
                  && r.begin().get().isAfter(anchor.get());
      found.add(
          new TimeExpression(span, span.quote(text), r.begin(), r.end(), r.relative(), future));
    }
    return found;
  }
}
