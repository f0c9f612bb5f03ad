package org.claimgraph.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Word classes of {@code verification.tsv} are filled into the rows that name them. */
class VerificationGrammarTest {

  @Test
  void aRowNamingClassesMatchesEveryCombinationOfThem() {
    List<String[]> rows =
        VerificationGrammar.expand(
            List.of(
                new String[] {"@VERB", "verify|confirm"},
                new String[] {"@MODAL", "could\\s+not|was\\s+unable\\s+to"},
                new String[] {"\\b(?:{MODAL})\\s+{VERB}\\b", "CANNOT_BE_VERIFIED"}));
    assertEquals(1, rows.size());
    Pattern p = Pattern.compile(rows.get(0)[0]);
    for (String s : List.of("could not verify", "could not confirm", "was unable to verify")) {
      assertTrue(p.matcher(s).find(), s);
    }
    assertEquals("CANNOT_BE_VERIFIED", rows.get(0)[1]);
  }

  @Test
  void aClassUsedBeforeItIsDefinedFailsNamingIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                VerificationGrammar.expand(
                    List.<String[]>of(new String[] {"{LATER}\\s+x", "DISPUTED"})));
    assertTrue(e.getMessage().contains("{LATER}"), e.getMessage());
  }

  @Test
  void theBundledRowsHoldNoUnfilledClass() {
    for (String[] row : VerificationGrammar.rows()) {
      assertTrue(!Pattern.compile("\\{[A-Z_]+\\}").matcher(row[0]).find(), row[0]);
      Pattern.compile(row[0]);
    }
  }
}
