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
import org.claimgraph.extract.lexicon.LeadingCharacters;
import org.claimgraph.extract.lexicon.WordBoundary;
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
  private static final Pattern STATE_AFTER_ADJECTIVE =
      Pattern.compile(
          "\\s+(?:(?:armed|security|government|border|special|regular"
              + "|defen[cs]e|foreign|interior)\\s+)*(?:forces|troops|soldiers|servicemen|army|military"
              + "|government|authorities|officials|ministry|Ministry|[Pp]resident|Prime\\s+Minister"
              + "|Air\\s+Force|Navy|Army|Armed\\s+Forces|border\\s+police|positions|side)\\b");

  /** Places only a country takes: "neighbouring X", "the border with X", "X's government". */
  private static final Pattern COUNTRY_CONTEXT =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\b(?:[Nn]eighbou?ring|border\\s+with|frontier\\s+with)\\s+(?<a>"
                  + NAME
                  + ")\\b(?![\\s-]+\\p{Lu})"
                  + "|\\b(?<b>"
                  + NAME
                  // "Kestria's government", and in a title's capitals "Orsana's Foreign Ministry"
                  + ")['’]s\\s+(?i:government|president|foreign|defen[cs]e|interior|army|armed"
                  + "|military|territory|borders?|capital|prime\\s+minister|ministry|currency)\\b"
                  + "|\\b(?:border|frontier)(?:\\s+crossings?)?\\s+between\\s+(?<c>"
                  + NAME
                  + ")\\s+and\\s+(?<d>"
                  + NAME
                  + ")\\b"));

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

  /** A word for a province, a town or a crossing, after blanks: "Sorran province". */
  private static final Pattern SMALLER_PLACE_WORD =
      LeadingCharacters.guarded(
          Pattern.compile("(?<=[ \\t\\n\\x0B\\f\\r])" + SMALLER_PLACE + "\\b"));

  private static final Pattern AFTER_PLACE_OF =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\b(?:province|district|region|town|city|village)\\s+of\\s+(?<w>\\p{L}+)\\b"));

  /** Capitalised words before "'s government" that are times, not countries. */
  private static final Set<String> NOT_COUNTRIES =
      Set.of("Today", "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "Each", "Every");

  private InferredCountries() {}

  /** The countries {@code text} names that {@code known} does not know, with their adjectives. */
  static Gazetteer find(String text, Gazetteer known) {
    Map<String, Set<String>> countries = new LinkedHashMap<>();
    Set<String> adjectives = new LinkedHashSet<>();
    Matcher c = COUNTRY_CONTEXT.matcher(text);
    while (c.find()) {
      for (String g : List.of("a", "b", "c", "d")) {
        if (c.group(g) != null) {
          countries.putIfAbsent(c.group(g), new LinkedHashSet<>());
        }
      }
    }
    // A name and its adjective both in the text: "Kestria" and "Kestrian".
    // One pass over the capitalised words: each is a candidate name, and an adjective before a
    // state's organs ("Lorian forces") is noted where it stands.
    Matcher organs = STATE_AFTER_ADJECTIVE.matcher(text);
    Set<String> words = new LinkedHashSet<>();
    for (int start = nameAt(text, 0); start < text.length(); start = nameAt(text, start)) {
      int end = nameEnd(text, start);
      if (end < 0) {
        start++;
        continue;
      }
      String word = text.substring(start, end);
      words.add(word);
      if (hasAdjectiveForm(word) && organs.region(end, text.length()).lookingAt()) {
        adjectives.add(word);
      }
      start = end;
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
    Set<String> smaller = null; // read only for a name no reference data knows: most are known
    for (Map.Entry<String, Set<String>> e : countries.entrySet()) {
      String name = e.getKey();
      if (isKnown(name, known) || e.getValue().stream().anyMatch(x -> isKnown(x, known))) {
        continue;
      }
      if (smaller == null) {
        smaller = smallerPlaces(text);
      }
      if (smaller.contains(name) || e.getValue().stream().anyMatch(smaller::contains)) {
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

  /**
   * The first position at or after {@code from} where a capitalised word ({@link #NAME} between
   * word boundaries) may start: an upper-case letter, or any non-ASCII character, to be read in
   * full by {@link #nameEnd}. The text's length when there is none. One pass over the text by hand
   * where the regex, tried at every position, was a tenth of the extraction of a long report.
   */
  private static int nameAt(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 128) {
        return i;
      }
      i++;
    }
    return i;
  }

  /**
   * Where the capitalised word starting at {@code start} ends, as {@code \\b\\p{Lu}\\p{Ll}{2,}\\b}
   * would match it there; -1 when no such word starts there. The lower-case run is read whole:
   * between two lower-case letters no word boundary can fall, so a shorter run never matches.
   */
  private static int nameEnd(String text, int start) {
    int first = text.codePointAt(start);
    if (Character.getType(first) != Character.UPPERCASE_LETTER
        || !WordBoundary.at(text, start, 0, text.length())) {
      return -1;
    }
    int end = start + Character.charCount(first);
    int lower = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (Character.getType(cp) != Character.LOWERCASE_LETTER) {
        break;
      }
      end += Character.charCount(cp);
      lower++;
    }
    return lower >= 2 && WordBoundary.at(text, end, 0, text.length()) ? end : -1;
  }

  /**
   * Whether a capitalised word ({@link #NAME}) is shaped like a nationality adjective, {@code
   * NAME(?:ian|an|ese|i)}: "Lorian", "Tamarani", "Velsese". Its letters after the first are lower
   * case, so what counts is an ending that leaves a capital and two letters before it ("ian" needs
   * no test of its own: it ends in "an", and a word long enough for "ian" is long enough for "an").
   */
  private static boolean hasAdjectiveForm(String word) {
    int n = word.codePointCount(0, word.length()); // as the regex counts letters
    return word.endsWith("an") && n >= 5
        || word.endsWith("ese") && n >= 6
        || word.endsWith("i") && n >= 4;
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

  /**
   * The words the text calls a province, a town or a crossing ("Sorran province", "the province of
   * Kelm"), read in two passes over the text instead of one search per candidate name.
   */
  private static Set<String> smallerPlaces(String text) {
    Set<String> words = new java.util.HashSet<>();
    Matcher kind = SMALLER_PLACE_WORD.matcher(text);
    while (kind.find()) {
      // The word before the blanks, whole: what "\\b\\p{L}+\\s+" before the kind would read.
      int end = kind.start();
      while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start < end && WordBoundary.at(text, start, 0, text.length())) {
        words.add(text.substring(start, end));
      }
    }
    Matcher of = AFTER_PLACE_OF.matcher(text);
    while (of.find()) {
      words.add(of.group("w"));
    }
    return words;
  }

  /** What {@code \\s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
