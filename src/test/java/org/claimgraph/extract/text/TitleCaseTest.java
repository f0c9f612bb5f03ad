package org.claimgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

  private final ArticleStructurer structurer = new ArticleStructurer();

  private String view(String text) {
    String view = TitleCase.sentenceCaseView(text, structurer.structure(text));
    assertEquals(text.length(), view.length(), "spans found in the view hold for the text");
    return view;
  }

  private static String firstLine(String s) {
    return s.substring(0, s.indexOf('\n'));
  }

  @Test
  void wordsTheBodyWritesInLowerCaseAreLoweredInATitleCaseHeadline() {
    String text =
        "Militants Storm Army Base In Northern Tarsk Province, Officials Say\n\n"
            + "Militants stormed an army base in Tarsk Province on Monday, officials said. The"
            + " base had been under siege for a week.\n";
    assertEquals(
        "Militants storm army base in Northern Tarsk Province, officials say",
        firstLine(view(text)));
  }

  @Test
  void aWordTheBodyCapitalisesInsideASentenceStaysAName() {
    String text =
        "Free Highlands Army Seizes Border Town\n\n"
            + "The Free Highlands Army seized the border town of Osk, a spokesman said. The army"
            + " of Kestria withdrew.\n";
    assertEquals("Free Highlands Army seizes border town", firstLine(view(text)));
  }

  @Test
  void aHeadlineInSentenceCaseLeavesTheTextAsItIs() {
    String text =
        "Rebels seize border town of Dunavar as Kestrian troops pull back\n\n"
            + "Rebels seized the town, the army said.\n";
    assertSame(text, TitleCase.sentenceCaseView(text, structurer.structure(text)));
  }

  @Test
  void aCreditLineOfNamesUnderTheHeadlineIsNoTitleCaseHeadline() {
    String text =
        "Ganou region: displacement and protection update\n\n"
            + "Report by the Coalition for Civilian Protection (CCP), 21 October 2024\n\n"
            + "The coalition said civilian protection had worsened.\n";
    assertSame(text, TitleCase.sentenceCaseView(text, structurer.structure(text)));
  }

  @Test
  void titleCaseNeedsMostLongerWordsCapitalised() {
    assertTrue(TitleCase.isTitleCase("Taliban Captured Key Borders Along with Afghan Border"));
    assertFalse(TitleCase.isTitleCase("Taliban captured key borders along the Afghan border"));
    assertFalse(TitleCase.isTitleCase("Ceasefire Holds"), "too few words to tell");
  }
}
