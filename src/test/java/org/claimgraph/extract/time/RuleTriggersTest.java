package org.claimgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimgraph.extract.TextLines;

/**
 * A rule is skipped when its sentence lacks a clue it needs; that is only safe if the rule's
 * pattern can never match without it. Checked on generated date-like text, where the patterns match
 * often: every match of every rule comes with all the clues its trigger asks for, and with one of
 * the words it needs on top of its trigger words.
 */
class RuleTriggersTest {

  private static final List<TimeRule> RULES =
      Stream.concat(DateRules.rules().stream(), AnchorRules.rules().stream()).toList();

  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "July",
            "JULY",
            "july",
            "Julyé",
            "éJuly",
            "Jul.",
            "Sept",
            "Sep",
            "May",
            "mid-",
            "early",
            "the first week of",
            "of",
            "on",
            "since",
            "in",
            "between",
            "and",
            "to",
            "the",
            "year",
            "9",
            "09",
            "2021",
            "1990",
            "1990s",
            "20",
            "2",
            "202",
            "٢٠٢١",
            "2021-07-09",
            "st",
            "th",
            "-",
            "–",
            ",",
            ".",
            " ",
            " ",
            "  ",
            "\n",
            "_",
            "é",
            "\u0301",
            "x",
            "two",
            "days",
            "DAYS",
            "years",
            "minutes",
            "ago",
            "later",
            "after",
            "before",
            "past",
            "last",
            "next",
            "coming",
            "recent",
            "Friday",
            "week",
            "this",
            "Daysé",
            "ago_",
            "the last two days",
            "the past year",
            "in the next few months",
            "over the coming weeks",
            "recent weeks",
            "three hours later",
            "a week before",
            "two days ago",
            "on Friday morning",
            "last night");
    return piece.list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Property(tries = 6000)
  void noRuleMatchesWithoutTheCluesItNeeds(@ForAll("dateLikeText") String text) {
    SentenceClues clues = SentenceClues.of(text, TimeExpressionExtractor.TRIGGER_WORDS);
    for (TimeRule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      if (m.find()) {
        for (SentenceClues.Need need : rule.trigger().needs()) {
          assertTrue(
              clues.has(need), () -> rule.name() + " matched <" + text + "> without " + need);
        }
        Set<String> also = rule.trigger().alsoWords();
        assertTrue(
            also.isEmpty() || also.stream().anyMatch(clues.words()::contains),
            () -> rule.name() + " matched <" + text + "> without any of " + also);
      }
    }
  }

  /**
   * The trigger words are kept by hand beside each pattern: on every line of the sample and gold
   * texts, a rule that matches must be one its trigger lets run, so that a word added to a pattern
   * but not to its trigger shows here as soon as a text uses it.
   */
  @Example
  void everyRuleMatchInTheTextsFiresItsTrigger() throws Exception {
    List<String> lines = TextLines.ofSampleGoldAndDev();
    int matched = 0;
    for (String line : lines) {
      SentenceClues clues = SentenceClues.of(line, TimeExpressionExtractor.TRIGGER_WORDS);
      for (TimeRule rule : RULES) {
        if (rule.pattern().matcher(line).find()) {
          matched++;
          assertTrue(
              rule.trigger().fires(clues),
              () -> rule.name() + " matched but its trigger does not fire on: " + line);
        }
      }
    }
    assertTrue(matched > 50, "the texts exercise the rules: " + matched);
  }
}
