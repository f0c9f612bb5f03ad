package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.lexicon.CalendarNames;
import org.claimgraph.extract.model.EntityType;

/**
 * Countries a report names that reference data does not know, read off the whole text before its
 * sentences are read: a name whose nationality adjective the report also uses ("Kestria" and
 * "Kestrian troops"), a name in a place only a country takes ("neighbouring Morvania", "the border
 * with Vessia", "Estmark's government"), and an adjective before the organs of a state ("Lorian
 * forces", "the Torvian army") when the country itself goes unnamed. Returned as a small gazetteer,
 * so that the rules that read countries ("the Kestrian government", "Kestria's defence ministry")
 * read these too. Thread-safe.
 */
final class InferredCountries {

  private static final String NAME = "\\p{Lu}\\p{Ll}{2,}";

  /** The organs and people of a state, after its adjective: "Lorian forces", "Torvian army". */
  private static final Pattern ADJECTIVE_BEFORE_STATE =
      Pattern.compile(
          "\\b(?<adj>"
              + NAME
              + "(?:ian|an|ese|i))\\s+(?:(?:armed|security|government|border|special|regular"
              + "|defen[cs]e|foreign|interior)\\s+)*(?:forces|troops|soldiers|servicemen|army|military"
              + "|government|authorities|officials|ministry|Ministry|[Pp]resident|Prime\\s+Minister"
              + "|Air\\s+Force|Navy|Army|Armed\\s+Forces|border\\s+police|positions|side)\\b");

  /** Places only a country takes: "neighbouring X", "the border with X", "X's government". */
  private static final Pattern COUNTRY_CONTEXT =
      Pattern.compile(
          "\\b(?:neighbou?ring|border\\s+with|frontier\\s+with)\\s+(?<a>"
              + NAME
              + ")\\b(?![\\s-]+\\p{Lu})"
              + "|\\b(?<b>"
              + NAME
              + ")['’]s\\s+(?:government|president|foreign|defen[cs]e|interior|army|armed"
              + "|military|territory|borders?|capital|prime\\s+minister|ministry|currency)\\b"
              + "|\\b(?:border|frontier)(?:\\s+crossings?)?\\s+between\\s+(?<c>"
              + NAME
              + ")\\s+and\\s+(?<d>"
              + NAME
              + ")\\b");

  /** A word that names a province, district, town or crossing rather than a country. */
  private static final String SMALLER_PLACE =
      "(?:province|district|region|county|crossing|city|town|village|[Pp]rovince|District"
          + "|Region|Airbase|Airport|Pass|Bridge|River)";

  /**
   * Adjectives of peoples, faiths and regions that stand before "forces" or "militia" without a
   * country behind them.
   */
  private static final Set<String> NOT_NATIONAL =
      Set.of(
          "Christian",
          "Muslim",
          "Arab",
          "African",
          "Asian",
          "European",
          "Western",
          "Eastern",
          "Northern",
          "Southern",
          "Republican",
          "Libertarian",
          "Shiite",
          "Sunni",
          "Kurdish",
          "Pashtun",
          "Tuareg",
          "Islamist",
          "Russian",
          "American",
          "Indian",
          "Iranian",
          "Italian",
          "German",
          "Korean",
          "Syrian",
          "Libyan",
          "Afghan",
          "Urban",
          "Caspian",
          "Balkan",
          "Civilian",
          "Veteran",
          "Human",
          "Guardian",
          "Median",
          "Christ",
          "Republic");

  /** Capitalised words before "'s government" that are times, not countries. */
  private static final Set<String> NOT_COUNTRIES =
      Set.of("Today", "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "Each", "Every");

  private InferredCountries() {}

  /** The countries {@code text} names that {@code known} does not know, with their adjectives. */
  static Gazetteer find(String text, Gazetteer known) {
    Map<String, Set<String>> countries = new LinkedHashMap<>();
    Set<String> adjectives = new LinkedHashSet<>();
    Matcher a = ADJECTIVE_BEFORE_STATE.matcher(text);
    while (a.find()) {
      adjectives.add(a.group("adj"));
    }
    Matcher c = COUNTRY_CONTEXT.matcher(text);
    while (c.find()) {
      for (String g : List.of("a", "b", "c", "d")) {
        if (c.group(g) != null) {
          countries.putIfAbsent(c.group(g), new LinkedHashSet<>());
        }
      }
    }
    // A name and its adjective both in the text: "Kestria" and "Kestrian".
    Matcher w = Pattern.compile("\\b" + NAME + "\\b").matcher(text);
    Set<String> words = new LinkedHashSet<>();
    while (w.find()) {
      words.add(w.group());
    }
    for (String name : words) {
      for (String adj : adjectivesOf(name)) {
        if (words.contains(adj) && !NOT_NATIONAL.contains(adj) && !NOT_NATIONAL.contains(name)) {
          countries.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(adj);
        }
      }
    }
    for (String adj : adjectives) {
      if (countries.values().stream().noneMatch(s -> s.contains(adj))
          && !NOT_NATIONAL.contains(adj)) {
        // The country goes unnamed: "Lorian forces" makes a Loria to belong to.
        countries.computeIfAbsent(nameOf(adj), k -> new LinkedHashSet<>()).add(adj);
      }
    }
    List<GazetteerEntry> entries = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : countries.entrySet()) {
      String name = e.getKey();
      if (isKnown(name, known)
          || e.getValue().stream().anyMatch(x -> isKnown(x, known))
          || smallerPlace(text, name)
          || e.getValue().stream().anyMatch(x -> smallerPlace(text, x))) {
        continue;
      }
      entries.add(
          new GazetteerEntry(
              "place/" + Keys.slug(name),
              EntityType.COUNTRY,
              name,
              List.of(),
              List.copyOf(e.getValue()),
              List.of()));
    }
    return new Gazetteer(entries);
  }

  /** The nationality adjectives a country's name may make: Kestrian, Brenmarkian, Tamarani. */
  static List<String> adjectivesOf(String name) {
    List<String> out = new ArrayList<>(List.of(name + "ian", name + "i", name + "ese"));
    if (name.endsWith("a")) {
      out.add(name + "n");
    } else {
      out.add(name + "an");
    }
    return out;
  }

  /** The country an adjective most likely stands for: Lorian → Loria, Alderan → Aldera. */
  static String nameOf(String adjective) {
    if (adjective.endsWith("ian") || adjective.endsWith("an")) {
      return adjective.substring(0, adjective.length() - 1);
    }
    if (adjective.endsWith("ese")) {
      return adjective.substring(0, adjective.length() - 3);
    }
    return adjective.substring(0, adjective.length() - 1);
  }

  private static boolean isKnown(String name, Gazetteer known) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !known.lookup(Gazetteer.normalise(name)).isEmpty()
        || CalendarNames.WEEKDAYS.contains(lower)
        || CalendarNames.MONTHS.contains(lower)
        || NOT_COUNTRIES.contains(name);
  }

  /** Whether the text calls the name a province, a town or a crossing: "Sorran province". */
  private static boolean smallerPlace(String text, String name) {
    return Pattern.compile(
            "\\b"
                + Pattern.quote(name)
                + "\\s+"
                + SMALLER_PLACE
                + "\\b|\\b(?:province|district|region|town|city|village)\\s+of\\s+"
                + Pattern.quote(name)
                + "\\b")
        .matcher(text)
        .find();
  }
}
