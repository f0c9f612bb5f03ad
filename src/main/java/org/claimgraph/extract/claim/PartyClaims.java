package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Stance;

/**
 * A check whose object is plural speaks about all of one party's recent claims, not the last one:
 * "could not independently verify the alliance's claims", "dismissed the reports as propaganda",
 * "none of their accounts could be checked". The party is the one whose claim was chosen; its other
 * assertions in the few sentences before count too. Stateless.
 */
final class PartyClaims {

  /** A plural word for what was said, as the object of a check or a dispute. */
  private static final Pattern PLURAL_OBJECT =
      Pattern.compile(
          "\\b(?:claims|accounts|assertions|allegations|statements|reports)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Several reports confirmed", "reports from the area": reports that speak, rather than reports
   * spoken about.
   */
  private static final Pattern REPORTS_AS_SOURCE =
      Pattern.compile(
          "\\b(?:several|many|multiple|other|local|independent|numerous|some)\\s+(?:\\w+\\s+)?"
              + "reports\\b",
          Pattern.CASE_INSENSITIVE);

  /** How many sentences back a party's other claims may stand. */
  static final int REACH = 3;

  private PartyClaims() {}

  /**
   * {@code chosen} and the other assertions of its claimant among {@code nearestFirst} within
   * {@link #REACH} sentences of {@code sentence}, when the clause {@code clause} checks or disputes
   * a plural object; otherwise {@code chosen} alone.
   */
  static List<Claim> of(
      List<Claim> nearestFirst, Claim chosen, String clause, AssessmentValue value, int sentence) {
    List<Claim> out = new ArrayList<>(List.of(chosen));
    if ((value != AssessmentValue.CANNOT_BE_VERIFIED && value != AssessmentValue.DISPUTED)
        || chosen.claimantKey().isEmpty()
        || !PLURAL_OBJECT.matcher(clause).find()
        || REPORTS_AS_SOURCE.matcher(clause).find()) {
      return out;
    }
    for (Claim c : nearestFirst) {
      if (c.index() != chosen.index()
          && c.claimantKey().equals(chosen.claimantKey())
          && c.stance().coarse() == Stance.ASSERTS
          && sentence - c.sentenceIndex() <= REACH) {
        out.add(c);
      }
    }
    return out;
  }
}
