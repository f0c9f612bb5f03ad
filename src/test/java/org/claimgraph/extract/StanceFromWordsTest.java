package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plain "said" or "told" takes its stance from the reported words: a future main clause predicts,
 * a "no …" or "none of …" subject denies; hypotheticals, refusals and casualty reports stay
 * assertions. On sentences written for the test.
 */
class StanceFromWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Governor Ana Mucavele said the army would retake the port within days.|the army would"
            + " retake|PREDICTS",
        "Governor Ana Mucavele told reporters that the prisoners will be held in a camp.|the"
            + " prisoners will be held|PREDICTS",
        "Governor Ana Mucavele said the province expects to reopen the schools in May.|expects to"
            + " reopen|PREDICTS",
        "Governor Ana Mucavele said rebel forces were unlikely to reach the coast this year.|were"
            + " unlikely to reach|PREDICTS",
        "Governor Ana Mucavele said no civilian buildings were hit in the raid.|no civilian"
            + " buildings|DENIES",
        "Governor Ana Mucavele told reporters that none of the soldiers had crossed the river.|none"
            + " of the soldiers|DENIES",
        "Governor Ana Mucavele said the government must send more doctors to the port.|must send"
            + " more doctors|URGES",
        "\"We need the state to send water trucks today,\" Governor Ana Mucavele said.|We need the"
            + " state|URGES",
        "Governor Ana Mucavele said the port must not be closed.|must not be closed|ASSERTS",
        // Hypotheticals about an event, refusals and plain reports of no harm assert.
        "Governor Ana Mucavele said the loss of the port would be a blow to the army.|the loss of"
            + " the port|ASSERTS",
        "Governor Ana Mucavele said the province would not accept any more refugees.|would not"
            + " accept|ASSERTS",
        "Governor Ana Mucavele said no one was injured in the fire.|no one was injured|ASSERTS",
        "Governor Ana Mucavele said the army had retaken the port.|had retaken the port|ASSERTS",
      })
  void thePlainReportingVerbTakesTheStanceOfTheWords(String sentence, String words, Stance want) {
    ExtractedArticle a = run(sentence);
    assertEquals(want, claimWith(a, words).stance(), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Governor Ana Mucavele warned that no aid had reached the port.|no aid|FEARS",
        "Governor Ana Mucavele admitted that the army would need more time.|would need|"
            + "ACKNOWLEDGES",
      })
  void aVerbWithAStanceOfItsOwnKeepsIt(String sentence, String words, Stance want) {
    ExtractedArticle a = run(sentence);
    assertEquals(want, claimWith(a, words).stance().coarse(), sentence);
  }
}
