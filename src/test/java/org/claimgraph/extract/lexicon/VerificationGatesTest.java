package org.claimgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.TextLines;
import org.junit.jupiter.api.Test;

/**
 * A verification row ({@code verification.tsv}) is tried only on sentences its gate admits; the
 * gate is read off the row's regex, so a row can no longer be switched off by a stale list of
 * stems. Checked on phrases of each kind of row and on every line of the sample and gold texts:
 * wherever a row's regex matches, its gate admits the text.
 */
class VerificationGatesTest {

  private static final List<Pattern> ROWS =
      org.claimgraph.extract.claim.VerificationGrammar.rows().stream()
          .map(r -> Pattern.compile(r[0], Pattern.CASE_INSENSITIVE))
          .toList();
  private static final PatternGates GATES = new PatternGates(ROWS);

  private static final List<String> PHRASES =
      List.of(
          "The claim could not be independently verified.",
          "It was impossible to verify the figure.",
          "The toll has not been confirmed.",
          "The unconfirmed report spread quickly.",
          "There was no independent confirmation.",
          "The town is in dispute with its neighbour.",
          "The ministry disputed the figure and rejected the claims.",
          "Several local outlets later confirmed it.",
          "Footage verified by Reuters appears to show the strike.",
          "The figure was grossly exaggerated, and it remains contested.",
          "Reuters has geolocated the video; none of the images could be verified.",
          "a figure that the ministry rejected as invention",
          "There was no way to check the account, which is still being verified.",
          "The group said a school was bombed, which the army denies.",
          "It used a hospital, an accusation the group has repeatedly rejected.",
          "That account was contradicted by two drivers.");

  @Test
  void everyRowMatchIsAdmittedByItsGate() throws Exception {
    List<String> lines = new ArrayList<>(PHRASES);
    lines.addAll(TextLines.ofSampleGoldAndDev());
    int matched = 0;
    for (String line : lines) {
      BitSet admitted = GATES.admitted(line, 0, line.length());
      for (int row = 0; row < ROWS.size(); row++) {
        if (ROWS.get(row).matcher(line).find()) {
          matched++;
          int r = row;
          assertTrue(admitted.get(row), () -> "row " + (r + 1) + " not admitted on: " + line);
        }
      }
    }
    assertTrue(matched >= PHRASES.size(), "the texts exercise the rows: " + matched);
  }
}
