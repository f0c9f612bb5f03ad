package org.claimgraph.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberStartsTest {

  private static final List<String> TEXTS =
      List.of(
          "A few hundred people and a couple of thousand troops left after a dozen days.",
          "Two-thirds of the town, a third of the villages and half of the roads were cut.",
          "Nearly half the fighters, several hundred of them, and tens of thousands fled.",
          "Twenty-one soldiers, one hundred and five civilians and $20m in aid; 3.5bn spent.",
          "Dozens were hurt, scores missing, thousands displaced: a quarter of a million.",
          "An eighth of the budget and one in five homes, 40% or 12 per cent of them.");

  @Test
  void everyNumberTheParserReadsStartsWhereOneMayStart() {
    for (String text : TEXTS) {
      List<Token> tokens = Tokenizer.tokenize(text);
      for (int i = 0; i < tokens.size(); i++) {
        for (boolean hedged : new boolean[] {false, true}) {
          for (boolean currency : new boolean[] {false, true}) {
            if (NumberPhraseParser.parse(tokens, i, hedged, currency) != null) {
              assertTrue(NumberPhraseParser.mayStartAt(tokens, i), text + " @" + i);
            }
          }
        }
      }
    }
  }

  @Test
  void aSentenceWithoutNumbersHasNoStart() {
    List<Token> tokens = Tokenizer.tokenize("The army said a convoy had left the town at dawn.");
    for (int i = 0; i < tokens.size(); i++) {
      assertFalse(NumberPhraseParser.mayStartAt(tokens, i), tokens.get(i).lower());
    }
  }
}
