package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.lexicon.CalendarNames;
import org.claimgraph.extract.lexicon.LeadingCharacters;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * Towns no reference data knows, named after the words that put someone somewhere: "told reporters
 * in Kitshanga that", "relatives in Corvel.", "the road from Jufra.", "taken to Misrata", "leave
 * Tarhuna by the end of the month". The name must stand alone (a lower-case word or a stop after
 * it), so that "in Sorran Defence Units territory" or "in Kestrian custody" stay out. Lower in
 * priority than every rule that reads a kind. Thread-safe.
 */
final class PlacesAfterPrepositions {

  private static final Pattern AFTER =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\b(?:from|leave|reached|(?:taken|moved|returned|fled|evacuated|driven)\\s+to)"
                  + "\\s+(?<name>\\p{Lu}\\p{Ll}{2,}(?:\\s+\\p{Lu}\\p{Ll}+)?)"
                  + "(?=\\s+\\p{Ll}|\\s*[,.;:)]|\\s*$)"
                  // After "in", only a name that ends the clause or a time follows: "in Corvel on
                  // Sunday", "reporters in Kitshanga that"; "in X" before other words is too often
                  // a
                  // region or a people.
                  // A town's name may open with an article or a word for a feature, as Arabic,
                  // Spanish and Portuguese names do: "in El Fasher", "in Ras Lanuf", "in Puerto
                  // Asis".
                  + "|\\bin\\s+(?<name2>(?:(?:El|Al|Ad|Ar|As|Ash|An|Ras|Bir|Ain|Tel|Sidi|San|Santa|Puerto"
                  + "|Port|Fort)[\\s-]+)?\\p{Lu}\\p{Ll}{2,})(?=\\s*[,.;:]|\\s+(?:on|that|last|this|since"
                  + "|earlier)\\b)"));

  /** Adjective endings: "in Kestrian custody", "in English". */
  private static final Pattern ADJECTIVE = Pattern.compile("(?:ian|ese|ish|ic)$");

  /** Capitalised words after "in" that are no towns. */
  private static final Set<String> NOT_TOWNS =
      Set.of(
          "Parliament",
          "Congress",
          "Telegram",
          "Facebook",
          "Twitter",
          "Europe",
          "Africa",
          "Asia",
          "Islam",
          "Christianity",
          "Government",
          "Court",
          "Senate",
          "Geneva",
          "Washington",
          "Brussels",
          "Spring",
          "Summer",
          "Autumn",
          "Winter",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "God",
          "Question",
          "Answer",
          "Update",
          "Reporting",
          "Editing");

  private final Gazetteer gazetteer;

  PlacesAfterPrepositions(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  void find(String text, Span sentence, List<Candidate> out) {
    Matcher m = AFTER.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      String group = m.group("name") != null ? "name" : "name2";
      String n = m.group(group);
      String first = n.split("[\\s-]+")[0];
      String lower = first.toLowerCase(Locale.ROOT);
      if (NOT_TOWNS.contains(first)
          || CalendarNames.MONTHS.contains(lower)
          || CalendarNames.WEEKDAYS.contains(lower)
          || ADJECTIVE.matcher(first).find()
          || !gazetteer.lookup(Gazetteer.normalise(n)).isEmpty()
          || !gazetteer.lookup(Gazetteer.normalise(first)).isEmpty()) {
        continue; // known names have their own candidates
      }
      out.add(
          new Candidate(
              new Span(m.start(group), m.end(group)),
              "place/" + Keys.slug(n),
              n,
              EntityType.CITY,
              MentionKind.NAME,
              0));
    }
  }
}
