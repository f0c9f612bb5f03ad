package org.claimgraph.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityExtractorTest {

  private final QuantityExtractor extractor = new QuantityExtractor();

  private Quantity only(String text) {
    List<Quantity> found = extractor.find(text);
    assertEquals(1, found.size(), () -> "in <" + text + ">: " + found);
    return found.get(0);
  }

  private static void assertValue(String expected, Quantity quantity) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(quantity.value()),
        () -> expected + " vs " + quantity);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          They control about 85% of the country.           | about 85%               | 0.85   | ABOUT
          They control 85 percent of it.                   | 85 percent             | 0.85   | EXACT
          Turnout was 85 per cent in the north.            | 85 per cent            | 0.85   | EXACT
          Nearly eighty-five percent voted.                | Nearly eighty-five percent | 0.85 | NEARLY
          Inflation reached 12.5% last month.              | 12.5%                  | 0.125  | EXACT
          It holds more than one-third of the land.        | more than one-third    | 0.3333 | MORE_THAN
          Rebels hold two-thirds of the border.            | two-thirds             | 0.6667 | EXACT
          Rebels hold two thirds of the border.            | two thirds             | 0.6667 | EXACT
          A quarter of the population fled.                | A quarter              | 0.25   | EXACT
          Three quarters of the roads are closed.          | Three quarters         | 0.75   | EXACT
          About half of the districts fell.                | About half             | 0.5    | ABOUT
          Half of the city is without power.               | Half                   | 0.5    | EXACT
          Nearly half the country is contested.            | Nearly half            | 0.5    | NEARLY
          One in five residents has left.                  | One in five            | 0.2    | EXACT
          a fifth of the wheat harvest was lost            | a fifth                | 0.2    | EXACT
          """)
  void proportions(String text, String quote, String value, Approximation approximation) {
    Quantity q = only(text);
    assertEquals(QuantityKind.PROPORTION, q.kind());
    assertEquals(quote, q.span().quote(text));
    assertValue(value, q);
    assertEquals(approximation, q.approximation());
    assertEquals("", q.unit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          It earns around $20 million per month.           | around $20 million per month | 20000000   | USD | ABOUT | month
          Exports bring in $1.5bn a year.                  | $1.5bn a year          | 1500000000 | USD | EXACT | year
          The bridge cost €300,000.                        | €300,000               | 300000     | EUR |EXACT |
          He was paid 20 million dollars.                  | 20 million dollars     | 20000000   | USD | EXACT |
          The scheme costs Rs 5 crore annually.            | Rs 5 crore annually    | 50000000   | INR | EXACT | year
          Fees of £40m were waived.                        | £40m                   | 40000000   | GBP | EXACT |
          They collect 1.5bn afghanis each month.          | 1.5bn afghanis each month | 1500000000 | AFN | EXACT | month
          a donation of US$2.5 million                     | US$2.5 million         | 2500000    | USD | EXACT |
          Aid worth more than $300m was pledged.           | more than $300m        | 300000000  | USD | MORE_THAN |
          It lost millions of dollars in revenue.          | millions of dollars    | 2000000    | USD | AT_LEAST |
          Salaries of USD 400 monthly are late.            | USD 400 monthly        | 400        | USD | EXACT | month
          It generated revenue per month of around $20 million. | around $20 million | 20000000   | USD | ABOUT | month
          The annual budget of $3bn was cut.               | $3bn                   | 3000000000 | USD | EXACT | year
          Traders pay up to 50,000 Iranian rials a day.    | up to 50,000 Iranian rials a day | 50000 | IRR | UP_TO | day
          """)
  void money(
      String text,
      String quote,
      String value,
      String currency,
      Approximation approximation,
      String per) {
    Quantity q = only(text);
    assertEquals(QuantityKind.MONEY, q.kind());
    assertEquals(quote, q.span().quote(text));
    assertValue(value, q);
    assertEquals(currency, q.unit());
    assertEquals(approximation, q.approximation());
    assertEquals(Optional.ofNullable(per), q.per());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          more than a thousand members of the forces fled  | more than a thousand members | 1000 | member | MORE_THAN
          They seized around 150 districts along the road. | around 150 districts   | 150    | district | ABOUT
          once had tens of thousands of US troops.         | tens of thousands of US troops | 20000 | troop | AT_LEAST
          Dozens of civilians were wounded.                | Dozens of civilians    | 24     | civilian | AT_LEAST
          Hundreds of families are sheltering in schools.  | Hundreds of families   | 200    | family   | AT_LEAST
          fighters seized five different districts in Herat | five different districts | 5   | district | EXACT
          At least 12 people were killed.                  | At least 12 people     | 12     | person   | AT_LEAST
          Officials said nearly 2,000 had fled.            | nearly 2,000           | 2000   |          | NEARLY
          Some 300 Afghan soldiers crossed the border.     | Some 300 Afghan soldiers | 300  | soldier  | ABOUT
          Twenty-one villages were emptied.                | Twenty-one villages    | 21     | village  | EXACT
          a hundred and fifty vehicles waited              | a hundred and fifty vehicles | 150 | vehicle | EXACT
          Fewer than 40 casualties were reported.          | Fewer than 40 casualties | 40   | casualty | LESS_THAN
          The army sent 3,500 troops.                      | 3,500 troops           | 3500   | troop    | EXACT
          upwards of 10,000 refugees arrived               | upwards of 10,000 refugees | 10000 | refugee | MORE_THAN
          The convoy had 40 trucks.                        | 40 trucks              | 40     | truck    | EXACT
          police detained 17 men and women                 | 17 men                 | 17     | man      | EXACT
          Some 1.2 million people were displaced.          | Some 1.2 million people | 1200000 | person | ABOUT
          an estimated 40 militants died                   | an estimated 40 militants | 40  | militant | ABOUT
          Thousands fled the town.                         | Thousands              | 2000   |          | AT_LEAST
          Half a million people live there.                | Half a million people  | 500000 | person   | EXACT
          more than 280 Kestrian servicemen crossed        | more than 280 Kestrian servicemen | 280 | serviceman | MORE_THAN
          could push tens of thousands more people out     | tens of thousands more people | 20000 | person | AT_LEAST
          gunfire killed three gunmen                      | three gunmen           | 3      | gunman   | EXACT
          Several hundred soldiers crossed into Estmark.   | Several hundred soldiers | 300  | soldier  | AT_LEAST
          a few thousand protesters gathered               | a few thousand protesters | 2000 | protester | AT_LEAST
          a dozen soldiers were captured                   | a dozen soldiers       | 12     | soldier  | EXACT
          The council's 15 members voted 13-0.             | 15 members             | 15     | member   | EXACT
          The ministry put its losses at 41 dead.          | 41 dead                | 41     | dead     | EXACT
          more than 60 wounded were taken to hospital      | more than 60 wounded   | 60     | wounded  | MORE_THAN
          """)
  void counts(String text, String quote, String value, String unit, Approximation approximation) {
    Quantity q = only(text);
    assertEquals(QuantityKind.COUNT, q.kind());
    assertEquals(quote, q.span().quote(text));
    assertValue(value, q);
    assertEquals(unit == null ? "" : unit, q.unit());
    assertEquals(approximation, q.approximation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          at war for the past 20 years                     | 20 years               | 20     | year  | EXACT
          within the upcoming six months                   | six months             | 6      | month | EXACT
          a 20-year war                                    | 20-year                | 20     | year  | EXACT
          talks lasted more than three weeks               | more than three weeks  | 3      | week  | MORE_THAN
          He waited six more months.                       | six more months        | 6      | month | EXACT
          nearly two decades of war                        | nearly two decades     | 2      | decade | NEARLY
          """)
  void durations(
      String text, String quote, String value, String unit, Approximation approximation) {
    Quantity q = only(text);
    assertEquals(QuantityKind.DURATION, q.kind());
    assertEquals(quote, q.span().quote(text));
    assertValue(value, q);
    assertEquals(unit, q.unit());
    assertEquals(approximation, q.approximation());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The town fell in 2021.",
        "Fighting has continued since 2001.",
        "The talks began on 9 July.",
        "The talks began on July 9, 2021.",
        "The curfew starts at 10:30 each night.",
        "The curfew starts at 10 p.m. sharp.",
        "The attack began at 6 am.",
        "It is one of the largest crossings in the region.",
        "No one was hurt.",
        "The 1990s were hard.",
        "It was the 9th attack.",
        "F-16 jets flew over COVID-19 wards.",
        "Under Resolution 2254 the council acts.",
        "He is an 85-year-old farmer.",
        "The road is 20km long.",
        "Some of them have left.",
        "More than that, he said.",
        "In the second half the team scored.",
        "It was the third time this year.",
        "Page 7 of the report.",
        "Over the years the town grew.",
        "He was 20 years old.",
        "They returned home.",
        "Fighters from Brigade 93 units held the hill.",
        "the 3rd Infantry Division moved in",
        "Flight MH17 was shot down.",
        "The shop is open 24/7.",
        "Several people were hurt.",
        "A few soldiers stayed.",
        "Rebels took the city.",
      })
  void notQuantities(String text) {
    List<Quantity> found = extractor.find(text);
    assertTrue(found.isEmpty(), () -> text + " -> " + found);
  }

  @Test
  void sampleSentenceHasEveryQuantityInOrder() {
    String text =
        "They have been able to gain control of about 85% of the complete area, and more than"
            + " one-third of the land, including around 150 districts, which once had tens of"
            + " thousands of US troops, after 20 years. In the first week of July, more than a"
            + " thousand members fled.";
    List<String> quotes =
        extractor.find(text).stream()
            .map(q -> q.kind() + ":" + q.span().quote(text))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "PROPORTION:about 85%",
            "PROPORTION:more than one-third",
            "COUNT:around 150 districts",
            "COUNT:tens of thousands of US troops",
            "DURATION:20 years",
            "COUNT:more than a thousand members"),
        quotes);
  }

  @Test
  void offsetsAreRelativeToTheTextGiven() {
    String text = "x".repeat(50) + " at least 12 people";
    Quantity q = only(text);
    assertEquals(51, q.span().start());
    assertEquals(text.length(), q.span().end());
  }

  @Test
  void emptyAndSymbolOnlyTextsHaveNoQuantities() {
    assertTrue(extractor.find("").isEmpty());
    assertTrue(extractor.find("$ % € -- ...").isEmpty());
  }
}
