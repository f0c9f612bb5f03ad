package org.claimgraph.extract.claim;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * A claimant told by description that no entity resolves: "The army said …" in a report that never
 * names the country, "The National Guard denied …", "Local authorities report …", "The municipality
 * of Wenmouth warned …", "Hospital staff told …". The claim is kept with the description as its
 * claimant rather than dropped. Stateless.
 */
final class DescribedClaimants {

  /**
   * A body or a role as the subject just before the reporting verb: a determiner or a qualifier, up
   * to three words, and a head noun of a body that speaks; "of" and a name may follow the head.
   */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?<p>\\b(?:(?:[Tt]he|[Ll]ocal|[Ss]tate|[Pp]rovincial|[Rr]egional|[Dd]istrict|[Mm]unicipal"
              + "|[Hh]ospital|[Hh]ealth|[Mm]edical|[Cc]amp|[Ss]chool|[Bb]order|[Cc]ity|[Tt]own"
              // "Government forces said …" in a report that names no country
              + "|[Gg]overnment|[Ss]ecurity|[Rr]ebel|[Oo]pposition|[Pp]ro-government)\\s+)"
              + "(?:[\\p{L}'’-]+\\s+){0,3}?"
              + "(?i:army|military|armed\\s+forces|police|guard|navy|air\\s+force|militia|government"
              + "|authorities|municipality|council|administration|governor|mayor|prosecutor|court"
              // "The minister admitted …" where no minister has been named
              + "|minister|spokes(?:man|woman|person)|commander|president|official"
              + "|presidency|ministry|office|command|headquarters|staff|teachers?|workers|officers"
              + "|coast\\s+guard|gendarmerie|border\\s+guards?|security\\s+forces|forces|regime"
              + "|cabinet|parliament|junta|embassy|consulate|mission|secretariat|department)"
              + "(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?)"
              + "\\s+(?:(?:has|have|had|also|later|then|again|on\\s+\\p{Lu}\\p{L}+|\\p{L}+ly)\\s+)*$");

  private DescribedClaimants() {}

  /** The description standing just before {@code cueStart}, within {@code [from, cueStart)}. */
  static Optional<Span> before(String text, int from, int cueStart) {
    Matcher m = SUBJECT.matcher(text).region(Math.max(from, cueStart - 80), cueStart);
    return m.find() ? Optional.of(new Span(m.start("p"), m.end("p"))) : Optional.empty();
  }
}
