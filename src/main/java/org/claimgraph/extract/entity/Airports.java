package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * Airports and air bases named after their town: "El Fasher airport", "Goma International Airport",
 * "the Kidal air base". Reports of a town changing hands often tell the capture of its airport
 * apart from the town's. Thread-safe.
 */
final class Airports {

  private static final Pattern NAMED =
      Pattern.compile(
          "\\b(?<name>[A-Z][\\p{L}'’\\-]+(?:\\s+[A-Z][\\p{L}'’\\-]+)?)"
              + "(?<intl>\\s+[Ii]nternational)?\\s+(?<noun>[Aa]irport|[Aa]ir\\s+[Bb]ase|[Aa]irbase"
              + "|[Aa]irfield)\\b");

  /** Words before "airport" that name no town: "The airport", "Main airport". */
  private static final java.util.Set<String> NOT_TOWNS =
      java.util.Set.of("The", "A", "An", "Its", "Their", "Main", "Military", "Civilian", "New");

  private final Gazetteer gazetteer;

  Airports(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Adds a candidate for each named airport of the sentence that reference data does not know
   * already ("Bagram airfield" is the gazetteer's Bagram air base).
   */
  void find(CharSequence text, Span sentence, List<Candidate> out) {
    Matcher m = NAMED.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      String name = m.group("name");
      String first = name.split("\\s+")[0];
      if (NOT_TOWNS.contains(first)) {
        if (name.equals(first)) {
          continue;
        }
        name = name.substring(first.length()).trim(); // "The Kidal airport"
      }
      int start = m.end("name") - name.length();
      String label = name + " " + m.group("noun").toLowerCase(java.util.Locale.ROOT);
      if (known(name) || !gazetteer.lookup(Gazetteer.normalise(label)).isEmpty()) {
        continue;
      }
      out.add(
          new Candidate(
              new Span(start, m.end()),
              "place/" + Keys.slug(label),
              label,
              EntityType.AIRBASE,
              MentionKind.NAME,
              4));
    }
  }

  private boolean known(String name) {
    return gazetteer.lookup(Gazetteer.normalise(name)).stream()
        .anyMatch(h -> h.entry().type() == EntityType.AIRBASE);
  }

  /** Whether the sentence may hold a named airport: a cheap test before the pattern. */
  static boolean mayHold(String sentence) {
    return sentence.contains("irport")
        || sentence.contains("ir base")
        || sentence.contains("irbase")
        || sentence.contains("irfield");
  }
}
