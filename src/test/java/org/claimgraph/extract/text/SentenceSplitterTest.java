package org.claimgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, new Span(0, text.length())).stream()
        .map(s -> s.quote(text))
        .toList();
  }

  @Test
  void titlesAndInitialsDoNotEndSentences() {
    assertEquals(
        List.of(
            "Gen. Mark Milley met Mr. J. R. Okafor in Lagos.", "Dr. Amina Yusuf was also there."),
        split("Gen. Mark Milley met Mr. J. R. Okafor in Lagos. Dr. Amina Yusuf was also there."));
  }

  @Test
  void dottedAbbreviationEndsASentenceOnlyBeforeATypicalStart() {
    assertEquals(
        List.of("He flew to the U.S. State Department on Jan. 4.", "The talks failed."),
        split("He flew to the U.S. State Department on Jan. 4. The talks failed."));
    assertEquals(
        List.of("Troops returned to the U.S.", "They were tired."),
        split("Troops returned to the U.S. They were tired."));
  }

  @Test
  void decimalsQuotesAndQuestionMarks() {
    assertEquals(
        List.of(
            "\"Prices rose 2.5 percent in March,\" she said.",
            "\"Why now?\" asked a reporter.",
            "Nobody answered!"),
        split(
            "\"Prices rose 2.5 percent in March,\" she said. \"Why now?\" asked a reporter. Nobody"
                + " answered!"));
  }

  @Test
  void sentenceEndingInsideAQuoteSplitsAfterTheQuote() {
    assertEquals(
        List.of("The minister said: \"We will not leave.\"", "Fighting continued."),
        split("The minister said: \"We will not leave.\" Fighting continued."));
  }

  @Test
  void referenceNumbersStayWhole() {
    assertEquals(
        List.of("Resolution No. 2254 was adopted by St. Lucia and others in 2015."),
        split("Resolution No. 2254 was adopted by St. Lucia and others in 2015."));
  }
}
