package org.claimgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeExpressionExtractorTest {

  /** A Saturday. */
  private static final Optional<LocalDate> ANCHOR = Optional.of(LocalDate.of(2021, 7, 10));

  private final TimeExpressionExtractor extractor = new TimeExpressionExtractor();

  private TimeExpression only(String text, Optional<LocalDate> anchor) {
    List<TimeExpression> found = extractor.find(text, anchor);
    assertEquals(1, found.size(), () -> "in <" + text + ">: " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The government on Friday acknowledged the loss.   | on Friday                  | 2021-07-09 | 2021-07-09 | true  | false
          Russia said Friday that the border had fallen.   | Friday                     | 2021-07-09 | 2021-07-09 | true  | false
          The mayor spoke last Friday.                      | last Friday                | 2021-07-09 | 2021-07-09 | true  | false
          Troops crossed on Saturday.                       | on Saturday                | 2021-07-10 | 2021-07-10 | true  | false
          Talks resume next Monday.                         | next Monday                | 2021-07-12 | 2021-07-12 | true  | true
          Fighting resumed on Tuesday morning.              | on Tuesday morning         | 2021-07-06 | 2021-07-06 | true  | false
          The council meets today.                          | today                      | 2021-07-10 | 2021-07-10 | true  | false
          He resigned yesterday.                            | yesterday                  | 2021-07-09 | 2021-07-09 | true  | false
          The vote is tomorrow.                             | tomorrow                   | 2021-07-11 | 2021-07-11 | true  | true
          Shelling continued last night.                    | last night                 | 2021-07-09 | 2021-07-09 | true  | false
          Aid arrived last week.                            | last week                  | 2021-06-28 | 2021-07-04 | true  | false
          Troops left earlier this week.                    | earlier this week          | 2021-07-05 | 2021-07-09 | true  | false
          Troops left earlier in this week.                 | earlier in this week       | 2021-07-05 | 2021-07-09 | true  | false
          Troops left this week.                            | this week                  | 2021-07-05 | 2021-07-11 | true  | false
          Prices rose last month.                           | last month                 | 2021-06-01 | 2021-06-30 | true  | false
          The town fell earlier this month.                 | earlier this month         | 2021-07-01 | 2021-07-09 | true  | false
          Elections are due next year.                      | next year                  | 2022-01-01 | 2022-12-31 | true  | true
          Floods hit last year.                             | last year                  | 2020-01-01 | 2020-12-31 | true  | false
          They fled in the first week of July.              | in the first week of July  | 2021-07-01 | 2021-07-07 | true  | false
          They fled in the last week of June.               | in the last week of June   | 2021-06-24 | 2021-06-30 | true  | false
          The offensive began in early July.                | in early July              | 2021-07-01 | 2021-07-10 | true  | false
          The offensive began in mid-June.                  | in mid-June                | 2021-06-11 | 2021-06-20 | true  | false
          The offensive began in late May.                  | in late May                | 2021-05-21 | 2021-05-31 | true  | false
          The offensive began at the end of March.          | the end of March           | 2021-03-21 | 2021-03-31 | true  | false
          The talks began on 9 July.                        | on 9 July                  | 2021-07-09 | 2021-07-09 | true  | false
          The talks began on July 9.                        | on July 9                  | 2021-07-09 | 2021-07-09 | true  | false
          The ceasefire broke down on 20 December.          | on 20 December             | 2020-12-20 | 2020-12-20 | true  | false
          The ceasefire broke down in November.             | in November                | 2020-11-01 | 2020-11-30 | true  | false
          The deal was signed on July 9, 2021.              | on July 9, 2021            | 2021-07-09 | 2021-07-09 | false | false
          The deal was signed on 9 July 2021.               | on 9 July 2021             | 2021-07-09 | 2021-07-09 | false | false
          The deal was signed on the 9th of July, 2021.     | on the 9th of July, 2021   | 2021-07-09 | 2021-07-09 | false | false
          The deal was signed 2021-07-09 in Doha.           | 2021-07-09                 | 2021-07-09 | 2021-07-09 | false | false
          The deal was signed in July 2021.                 | in July 2021               | 2021-07-01 | 2021-07-31 | false | false
          It was fought between 3 and 19 May 2019.          | between 3 and 19 May 2019  | 2019-05-03 | 2019-05-19 | false | false
          Talks ran from 5 to 8 July.                       | from 5 to 8 July           | 2021-07-05 | 2021-07-08 | true  | false
          Talks ran 5-8 July 2020.                          | 5-8 July 2020              | 2020-07-05 | 2020-07-08 | false | false
          The deal was signed in 2021.                      | in 2021                    | 2021-01-01 | 2021-12-31 | false | false
          Elections are planned for late 2022.              | late 2022                  | 2022-09-01 | 2022-12-31 | false | true
          It happened in the 1990s.                         | in the 1990s               | 1990-01-01 | 1999-12-31 | false | false
          They could take the country within the upcoming six months. | within the upcoming six months | 2021-07-11 | 2022-01-10 | true | true
          They could win in the next six months.            | in the next six months     | 2021-07-11 | 2022-01-10 | true  | true
          It expects full control by the end of the year.   | by the end of the year     | 2021-10-02 | 2021-12-31 | true  | true
          The crossing would reopen within days.            | within days                | 2021-07-11 | 2021-07-13 | true  | true
          Talks began at the beginning of last month.       | at the beginning of last month | 2021-06-01 | 2021-06-07 | true  | false
          Aid will flow in the coming weeks.                | in the coming weeks        | 2021-07-11 | 2021-07-31 | true  | true
          They fought in the past 20 years.                 | in the past 20 years       | 2001-07-10 | 2021-07-10 | true  | false
          They fought for the last two decades.             | for the last two decades   | 2001-07-10 | 2021-07-10 | true  | false
          Areas were retaken in the past few weeks.         | in the past few weeks      | 2021-06-19 | 2021-07-10 | true  | false
          Areas were retaken in the past recent few weeks.  | in the past recent few weeks | 2021-06-19 | 2021-07-10 | true | false
          Areas were retaken in recent weeks.               | in recent weeks            | 2021-06-19 | 2021-07-10 | true  | false
          Prices rose over the past week.                   | over the past week         | 2021-07-03 | 2021-07-10 | true  | false
          The bridge was hit two days ago.                  | two days ago               | 2021-07-08 | 2021-07-08 | true  | false
          Troops have been there since 2001.                | since 2001                 | 2001-01-01 | 2021-07-10 | false | false
          Schools were shut since March 2020.               | since March 2020           | 2020-03-01 | 2021-07-10 | false | false
          It has been quiet since Friday.                   | since Friday               | 2021-07-09 | 2021-07-10 | true  | false
          The council will meet on Thursday.                | on Thursday                | 2021-07-15 | 2021-07-15 | true  | true
          He said the council would vote on Saturday.       | on Saturday                | 2021-07-10 | 2021-07-10 | true  | false
          Talks are due to resume on 20 July.               | on 20 July                 | 2021-07-20 | 2021-07-20 | true  | true
          Talks will resume on 9 July.                      | on 9 July                  | 2022-07-09 | 2022-07-09 | true  | true
          The ministry said on Thursday that it would act.  | on Thursday                | 2021-07-08 | 2021-07-08 | true  | false
          The siege has lasted since last October.          | since last October         | 2020-10-01 | 2021-07-10 | true  | false
          Rebels took the town last July.                   | last July                  | 2020-07-01 | 2020-07-31 | true  | false
          Rebels took the town last June.                   | last June                  | 2021-06-01 | 2021-06-30 | true  | false
          Talks will resume next March.                     | next March                 | 2022-03-01 | 2022-03-31 | true  | true
          """)
  void resolvesAgainstTheAnchor(
      String text, String phrase, String begin, String end, boolean relative, boolean future) {
    TimeExpression t = only(text, ANCHOR);
    assertEquals(phrase, t.phrase());
    assertEquals(phrase, t.span().quote(text));
    assertEquals(Optional.of(LocalDate.parse(begin)), t.begin(), t::toString);
    assertEquals(Optional.of(LocalDate.parse(end)), t.end(), t::toString);
    assertEquals(relative, t.relative(), t::toString);
    assertEquals(future, t.future(), t::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The reports came several hours after the speech.  | several hours after  | false
          Two days later the town fell.                     | Two days later       | false
          The following week, talks collapsed.              | The following week   | false
          In the previous two weeks, 40 died.               | In the previous two weeks | false
          The border was closed the next day.               | the next day         | false
          Talks resumed the next week in Doha.              | the next week        | false
          """)
  void phrasesRelativeToOtherEventsStayUnresolvedEvenWithAnAnchor(
      String text, String phrase, boolean future) {
    TimeExpression t = only(text, ANCHOR);
    assertEquals(phrase, t.phrase());
    assertFalse(t.resolved());
    assertTrue(t.relative());
    assertEquals(future, t.future());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The government on Friday acknowledged the loss.   | on Friday                 | false
          Troops left earlier this week.                    | earlier this week         | false
          They fled in the first week of July.              | in the first week of July | false
          The talks began on 9 July.                        | on 9 July                 | false
          They could fall within the upcoming six months.   | within the upcoming six months | true
          They fought in the past 20 years.                 | in the past 20 years      | false
          Talks resume next Monday.                         | next Monday               | true
          He resigned yesterday.                            | yesterday                 | false
          """)
  void relativePhrasesWithoutAnAnchorAreReportedUnresolved(
      String text, String phrase, boolean future) {
    TimeExpression t = only(text, Optional.empty());
    assertEquals(phrase, t.phrase());
    assertFalse(t.resolved(), t::toString);
    assertTrue(t.relative());
    assertEquals(future, t.future());
  }

  @Test
  void absoluteDatesResolveWithoutAnAnchor() {
    TimeExpression day = only("It was signed on 9 July 2021.", Optional.empty());
    assertEquals(Optional.of(LocalDate.of(2021, 7, 9)), day.begin());
    assertFalse(day.relative());
    TimeExpression since = only("Troops have been there since 2001.", Optional.empty());
    assertEquals(Optional.of(LocalDate.of(2001, 1, 1)), since.begin());
    assertEquals(Optional.empty(), since.end());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Talks may resume soon.",
        "Protesters march through the capital.",
        "July was hot.",
        "He said the week was hard.",
        "More than 2,021 people fled.",
        "The group counts 2000 fighters.",
        "Fighters took the town of Jun.",
        "A friday prayer was held.",
        "They met at 10:30 in the hall.",
        "It is one of the largest crossings.",
      })
  void notTimeExpressions(String text) {
    List<TimeExpression> found = extractor.find(text, ANCHOR);
    assertTrue(found.isEmpty(), () -> text + " -> " + found);
  }

  @Test
  void findsEveryExpressionOfASampleParagraphInOrder() {
    String text =
        "The United States troops departed earlier in this week. The government on Friday"
            + " acknowledged the loss. In the first week of July, more than a thousand members fled."
            + " The reports have come several hours after Biden defended the withdrawal after war for"
            + " the past 20 years. Analysts fear the country could fall within the upcoming six"
            + " months, after areas were taken in the past recent few weeks.";
    List<String> phrases =
        extractor.find(text, ANCHOR).stream()
            .map(TimeExpression::phrase)
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "earlier in this week",
            "on Friday",
            "In the first week of July",
            "several hours after",
            "for the past 20 years",
            "within the upcoming six months",
            "in the past recent few weeks"),
        phrases);
  }
}
