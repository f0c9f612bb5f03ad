package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.extract.lexicon.LeadingCharacters;
import org.claimgraph.extract.lexicon.LexiconFile;

/**
 * The phrases that name sources without naming them ({@code unnamed-sources.tsv}), so that an
 * analyst can add "a source familiar with the matter" without touching code.
 */
final class UnnamedSources {

  /** What kind of unnamed source a phrase names. */
  enum Kind {
    SOURCE,
    SEVERAL,
    GROUP
  }

  private static final UnnamedSources BUNDLED = new UnnamedSources("unnamed-sources.tsv");

  private final Pattern any;
  private final Pattern several;

  UnnamedSources(String lexicon) {
    List<String> all = new ArrayList<>();
    List<String> corroborating = new ArrayList<>();
    for (String[] row : LexiconFile.rows(lexicon)) {
      Kind kind = row.length > 1 ? Kind.valueOf(row[1].toUpperCase(Locale.ROOT)) : Kind.SOURCE;
      all.add(row[0]);
      if (kind == Kind.SEVERAL) {
        corroborating.add(row[0]);
      }
    }
    this.any = phrases(all);
    this.several = phrases(corroborating);
  }

  static UnnamedSources bundled() {
    return BUNDLED;
  }

  /** Any phrase of the lexicon, as a whole phrase. */
  Pattern any() {
    return any;
  }

  /** Phrases naming several independent sources ("other sources", "several reports"). */
  Pattern several() {
    return several;
  }

  private static Pattern phrases(List<String> regexes) {
    if (regexes.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    // Longest first, so that "a military source" wins over "sources" at the same place.
    List<String> sorted = new ArrayList<>(regexes);
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return LeadingCharacters.guarded(
        Pattern.compile(
            "\\b(?:"
                + String.join("|", sorted.stream().map(r -> "(?:" + r + ")").toList())
                + ")\\b",
            Pattern.CASE_INSENSITIVE));
  }
}
