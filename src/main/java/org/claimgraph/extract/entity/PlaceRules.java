package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.lexicon.GatedAlternation;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;
import org.claimgraph.extract.text.Dateline;

/**
 * Places named by their kind: "X province", "the province of X", "X district", "the X crossing",
 * "the border crossing of X", and borders named by their two countries ("the Afghan-Tajik border",
 * "the border between Syria and Iraq"). Thread-safe.
 */
final class PlaceRules {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private static final String CAPS = "[A-Z][\\p{L}'’\\-]+(?:\\s+[A-Z][\\p{L}'’\\-]+){0,3}";
  private static final Pattern KIND_AFTER =
      Pattern.compile(
          "\\b(?<name>"
              + CAPS
              // "Brask Oblast", "Idlib Governorate": provinces by their local names
              // "North Darfur state", "Borno state": in lower case only, for "Islamic State" names
              // a
              // group
              + ")\\s+(?<kind>[Pp]rovince|[Dd]istrict|[Rr]egion|[Oo]blast|[Gg]overnorate|state)\\b");
  private static final Pattern KIND_BEFORE =
      Pattern.compile("\\b(?<kind>[Pp]rovince|[Dd]istrict)\\s+of\\s+(?<name>" + CAPS + ")");
  private static final Pattern CROSSING_AFTER =
      Pattern.compile(
          "\\b(?<name>"
              + CAPS
              + ")\\s+(?:border\\s+)?(?:crossing(?:\\s+point)?|border\\s+post)\\b");
  private static final Pattern CROSSING_BEFORE =
      Pattern.compile("\\bcrossing(?:\\s+point)?\\s+(?:of|at)\\s+(?<name>" + CAPS + ")");
  private static final Pattern BORDER_PAIR =
      Pattern.compile(
          "\\b(?<a>[A-Z][\\p{L}]+)\\s?[-–/]\\s?(?<b>[A-Z][\\p{L}]+)\\s+(?:border|frontier|boundary)"
              + "\\b");
  private static final Pattern BORDER_BETWEEN =
      Pattern.compile(
          "\\b(?:border|frontier)\\s+between\\s+(?:the\\s+)?(?<a>"
              + CAPS
              + ")\\s+and\\s+(?:the\\s+)?(?<b>"
              + CAPS
              + ")");
  private static final Pattern SETTLEMENT =
      Pattern.compile(
          "\\b(?:(?:border|frontier|market|port|garrison|capital|provincial|district|main)\\s+)?"
              // "the district centre of X", "the settlement of X": reports of the war in Ukraine
              + "(?:town|city|village|settlement|hamlet|(?:district|regional|administrative)\\s+cent(?:re|er))"
              + "\\s+of\\s+(?<name>"
              + CAPS
              + ")");

  /** A place's name, one or two capitalised words: "Gharyan", "El Fasher". */
  private static final String PLACE_NAME = "[A-Z][\\p{L}'’\\-]+(?:\\s+[A-Z][\\p{L}'’\\-]+)?";

  /**
   * A named bridge that people cross ("the Old Pellham Bridge"): the crossing point a reader lists;
   * a base named by its apposition ("Fort Kalder, the last army base in the north").
   */
  private static final Pattern BRIDGE = Pattern.compile("\\b(?<name>" + CAPS + "\\s+Bridge)\\b");

  /** A named mountain pass ("the Halden Pass"): in a report of a border, the crossing over it. */
  private static final Pattern PASS = Pattern.compile("\\b(?<name>" + CAPS + "\\s+Pass)\\b");

  private static final Pattern BASE =
      Pattern.compile(
          "\\b(?<name>"
              + PLACE_NAME
              + "),\\s+(?:the|an?)\\s+(?:(?:last|main|largest|biggest|key|strategic|former|remaining|only"
              + "|major|northern|southern|eastern|western|government)\\s+){0,3}"
              + "(?:army|military|air|naval|air\\s+force)"
              + "\\s+base\\b");

  /** "the capital, Ardon", "the provincial capital, Merrow", "in the capital Solvan". */
  private static final Pattern CAPITAL =
      Pattern.compile(
          "\\b(?:the\\s+)?(?:(?:provincial|regional|state|district|county)\\s+)?capital,?\\s+(?<name>"
              + PLACE_NAME
              + ")");

  /**
   * Plain place contexts for names no reference data knows: motion towards or into it, a bearing
   * from it, or a town taken. "fled towards Mellit", "from Kutum in the north", "west of El
   * Fasher", "crept back into Gharyan", "took Gharyan in April".
   */
  private static final GatedAlternation PLACE_CONTEXT =
      new GatedAlternation(
          List.of(
              "\\b(?:towards?|into|near|outside|around)\\s+(?<a>" + PLACE_NAME + ")",
              "\\bfrom\\s+(?<b>" + PLACE_NAME + ")\\s+in\\s+the\\s+(?:north|south|east|west)",
              "\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of\\s+"
                  + "(?<c>"
                  + PLACE_NAME
                  + ")",
              "\\b(?:took|seized|captured|overran|retook|recaptured|entered|shelled|besieged"
                  // "acknowledged the loss of Pishchane", "its forces had left Rusnivka"
                  + "|abandoned|withdrew\\s+from|retreated\\s+from|loss\\s+of"
                  + "|control\\s+of)\\s+(?<d>"
                  + PLACE_NAME
                  + ")",
              "(?<e>"
                  + PLACE_NAME
                  // "Pishchane, a smaller village", "Markivka, a settlement west of …"
                  + "),\\s+an?\\s+(?:[a-z][a-z-]+\\s+){0,2}(?:town|city|village|settlement"
                  + "|hamlet)\\b"),
          0,
          true);

  /** Capitalised words after those contexts that are no places. */
  private static final java.util.Set<String> NOT_PLACES =
      java.util.Set.of(
          "The",
          "A",
          "An",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Parliament",
          "Congress",
          "Telegram",
          "Facebook",
          "Twitter",
          "His",
          "Her",
          "Their",
          "Its",
          "Our",
          "This",
          "That",
          "Government",
          "Army",
          "Police",
          "President",
          "General",
          "Colonel",
          "Minister");

  /** Words before a place's name that are not in it; "Ukraine's" in "Ukraine's Kharkiv region". */
  private static final Pattern LEADING =
      Pattern.compile(
          // alone they name nothing: "The crossing fell" opens a sentence with a kind, not a name
          "^(?:(?:The|A|An|This|That|Its|Their|In|On|At|Of|From|Key|\\p{Lu}[\\p{L}\\-]*['’]s)"
              + "(?:\\s+|$))+");

  private final Gazetteer gazetteer;
  private final SettlementLists settlementLists;
  private final Airports airports;

  PlaceRules(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.settlementLists = new SettlementLists(gazetteer);
    this.airports = new Airports(gazetteer);
  }

  void find(String text, Span sentence, List<Candidate> out) {
    // Each pattern needs one of a few words, spelt as given (the patterns are case-sensitive
    // there); most sentences have none, and then the pattern is not tried at every position. The
    // matchers' regions end at the sentence, so no copy of the text is needed to stop them there.
    String words = sentence.quote(text);
    if (has(words, "rovince", "istrict", "egion", "blast", "overnorate", " state")) {
      provinces(text, sentence, KIND_AFTER, out);
      provinces(text, sentence, KIND_BEFORE, out);
    }
    if (has(words, "crossing", "post")) {
      crossings(text, sentence, CROSSING_AFTER, out);
    }
    if (has(words, "crossing")) {
      crossings(text, sentence, CROSSING_BEFORE, out);
    }
    if (has(words, "border", "frontier", "boundary")) {
      borders(text, sentence, BORDER_PAIR, out);
    }
    if (has(words, "between")) {
      borders(text, sentence, BORDER_BETWEEN, out);
    }
    if (has(words, "town", "city", "village", "settlement", "hamlet", "centre", "center")) {
      settlements(text, sentence, out);
    }
    if (has(words, "towns", "cities", "villages", "settlements")) {
      settlementLists.find(text, sentence, out);
    }
    if (has(words, "capital")) {
      capitals(text, sentence, out);
    }
    dateline(text, sentence, out);
    if (has(words, "Bridge")) {
      named(text, sentence, BRIDGE, EntityType.BORDER_CROSSING, out);
    }
    if (has(words, "Pass")) {
      named(text, sentence, PASS, EntityType.BORDER_CROSSING, out);
    }
    if (has(words, " base")) {
      named(text, sentence, BASE, EntityType.AIRBASE, out);
    }
    if (Airports.mayHold(words)) {
      airports.find(text, sentence, out);
    }
    if (has(
        words,
        "toward",
        "into",
        "near",
        "outside",
        "around",
        "from",
        " of ",
        "took",
        "seized",
        "captured",
        "overran",
        "retook",
        "entered",
        "shelled",
        "besieged",
        " town",
        " city",
        " village")) {
      placesInContext(text, sentence, out);
    }
  }

  /**
   * Names no reference data knows, typed CITY by a plain place context ({@link #PLACE_CONTEXT}).
   */
  private void placesInContext(CharSequence text, Span sentence, List<Candidate> out) {
    // Only the branches the sentence has words for; the last, tried at every capital, needs a town.
    Pattern admitted = PLACE_CONTEXT.patternFor(text, sentence.start(), sentence.end());
    if (admitted == null) {
      return;
    }
    Matcher m = admitted.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      String group = "e";
      for (String g : new String[] {"a", "b", "c", "d"}) {
        if (m.start(g) >= 0) {
          group = g;
          break;
        }
      }
      int end = m.end(group);
      if (end - m.start(group) > 2
          && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')
          && text.charAt(end - 1) == 's') {
        end -= 2; // "near Gharyan's southern gate": the place without its possessive
      }
      Span name = new Span(m.start(group), end);
      String n = name.quote(text);
      String first = BLANKS.split(n)[0];
      if (NOT_PLACES.contains(first)
          || n.equals(n.toUpperCase(java.util.Locale.ROOT))
          || !gazetteer.lookup(Gazetteer.normalise(n)).isEmpty()
          || !gazetteer.lookup(Gazetteer.normalise(first)).isEmpty() && !n.equals(first)) {
        continue; // known names have their own candidates; "Monday", "UNHCR" are no places
      }
      out.add(cand(name, "place/" + Keys.slug(n), n, EntityType.CITY, 1));
    }
  }

  /** "the capital, Ardon": a city, from reference data when known. */
  private void capitals(CharSequence text, Span sentence, List<Candidate> out) {
    Matcher m = CAPITAL.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      String n = m.group("name");
      if (NOT_PLACES.contains(BLANKS.split(n)[0])) {
        continue;
      }
      city(new Span(m.start(), m.end("name")), n, out);
    }
  }

  /** Names no reference data knows, of the type their pattern says. */
  private void named(
      CharSequence text, Span sentence, Pattern p, EntityType type, List<Candidate> out) {
    Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Span name = trimLeading(text, m.start("name"), m.end("name"));
      if (name == null) {
        continue;
      }
      String n = name.quote(text);
      if (gazetteer.lookup(Gazetteer.normalise(n)).isEmpty()
          && !NOT_PLACES.contains(BLANKS.split(n)[0])) {
        out.add(cand(name, "place/" + Keys.slug(n), n, type, 4));
      }
    }
  }

  /** The town of a dateline, its capitals folded: "PELLHAM - " is Pellham. */
  private void dateline(CharSequence text, Span sentence, List<Candidate> out) {
    Optional<Dateline> d = Dateline.at(text, sentence.start(), sentence.end());
    if (d.isEmpty() || d.get().places().isEmpty()) {
      return;
    }
    Span town = d.get().places().get(0);
    StringBuilder n = new StringBuilder();
    for (String w : BLANKS.split(town.quote(text))) {
      n.append(n.isEmpty() ? "" : " ")
          .append(w.charAt(0))
          .append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    city(town, n.toString(), out);
  }

  /** A city by its name: the reference entry when one is a city, else a new one. */
  private void city(Span span, String n, List<Candidate> out) {
    List<Gazetteer.NameHit> hits = gazetteer.lookup(Gazetteer.normalise(n));
    if (hits.isEmpty()) {
      out.add(cand(span, "place/" + Keys.slug(n), n, EntityType.CITY, 4));
      return;
    }
    GazetteerEntry e = hits.get(0).entry();
    if (e.type() == EntityType.CITY) {
      out.add(cand(span, e.key(), e.prefLabel(), e.type(), 4));
    }
  }

  private static boolean has(String sentence, String... words) {
    for (String w : words) {
      if (sentence.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "the border town of X", "the city of X": a settlement, from reference data when known. */
  private void settlements(CharSequence text, Span sentence, List<Candidate> out) {
    Matcher m = SETTLEMENT.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Span name = trimLeading(text, m.start("name"), m.end("name"));
      if (name == null) {
        continue;
      }
      String n = name.quote(text);
      List<Gazetteer.NameHit> hits = gazetteer.lookup(Gazetteer.normalise(n));
      Span span = new Span(m.start(), name.end());
      if (!hits.isEmpty()) {
        GazetteerEntry e = hits.get(0).entry();
        out.add(cand(span, e.key(), e.prefLabel(), e.type(), 4));
      } else if (!isKnownNonPlace(n)) {
        out.add(cand(span, "place/" + Keys.slug(n), n, EntityType.CITY, 4));
      }
    }
  }

  /** Words before a lower-case "state" that make no province of it. */
  private static final java.util.Set<String> NOT_STATES =
      java.util.Set.of("Islamic", "Jewish", "Muslim", "Christian", "Member", "Nation", "Federal");

  private void provinces(CharSequence text, Span sentence, Pattern p, List<Candidate> out) {
    Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Span name = trimLeading(text, m.start("name"), m.end("name"));
      if (name == null) {
        continue;
      }
      String n = name.quote(text);
      char kind = Character.toLowerCase(m.group("kind").charAt(0));
      if (kind == 's' && NOT_STATES.contains(n)) {
        continue; // "the Islamic state", "a Jewish state": no province
      }
      boolean province = kind != 'd';
      // "the Tarsk region": a region is a province by another name, and keeps it in its label.
      String suffix =
          switch (kind) {
            case 'r' -> " region";
            case 'o' -> " Oblast";
            case 'g' -> " Governorate";
            case 's' -> " State";
            case 'd' -> " District";
            default -> " Province";
          };
      Optional<GazetteerEntry> known =
          gazetteer.lookup(Gazetteer.normalise(n + suffix)).stream()
              .map(Gazetteer.NameHit::entry)
              .findFirst();
      Span span = new Span(Math.min(name.start(), m.start()), Math.max(name.end(), m.end()));
      if (known.isPresent()) {
        out.add(cand(span, known.get().key(), known.get().prefLabel(), known.get().type(), 4));
      } else if (!isKnownNonPlace(n)) {
        String key = "place/" + Keys.slug(n + suffix);
        EntityType type = province ? EntityType.PROVINCE : EntityType.DISTRICT;
        out.add(cand(span, key, n + suffix, type, 4));
      }
    }
  }

  private void crossings(CharSequence text, Span sentence, Pattern p, List<Candidate> out) {
    Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Span name = trimLeading(text, m.start("name"), m.end("name"));
      if (name == null) {
        continue;
      }
      String n = name.quote(text);
      List<Gazetteer.NameHit> hits = gazetteer.lookup(Gazetteer.normalise(n));
      Optional<GazetteerEntry> crossing =
          hits.stream()
              .map(Gazetteer.NameHit::entry)
              .filter(e -> e.type() == EntityType.BORDER_CROSSING)
              .findFirst();
      if (crossing.isPresent()) {
        out.add(
            cand(name, crossing.get().key(), crossing.get().prefLabel(), crossing.get().type(), 4));
      } else if (hits.isEmpty() && !n.contains("-") && !isKnownNonPlace(n)) {
        // "the Tarsk crossing": a crossing no reference data knows is called by its name and kind.
        Span span = p == CROSSING_AFTER ? new Span(name.start(), m.end()) : name;
        // "the Harrow Pass crossing" is the pass itself, as "Harrow Pass" names it elsewhere
        String label = n.endsWith(" Pass") ? n : n + " crossing";
        out.add(cand(span, "place/" + Keys.slug(label), label, EntityType.BORDER_CROSSING, 4));
      }
    }
  }

  private void borders(CharSequence text, Span sentence, Pattern p, List<Candidate> out) {
    Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Optional<GazetteerEntry> a = country(m.group("a"));
      Optional<GazetteerEntry> b = country(m.group("b"));
      if (a.isEmpty() || b.isEmpty() || a.get().key().equals(b.get().key())) {
        continue;
      }
      String key = Gazetteer.borderKey(a.get().key(), b.get().key());
      String label = a.get().prefLabel() + "–" + b.get().prefLabel() + " border";
      Candidate c = cand(new Span(m.start(), m.end()), key, label, EntityType.BORDER, 5);
      out.add(
          new Candidate(
              c.span(),
              c.key(),
              c.label(),
              c.type(),
              c.kind(),
              c.priority(),
              a.get().key() + " " + b.get().key()));
    }
  }

  private Optional<GazetteerEntry> country(String name) {
    return gazetteer.lookup(Gazetteer.normalise(name)).stream()
        .map(Gazetteer.NameHit::entry)
        .filter(e -> e.type() == EntityType.COUNTRY)
        .findFirst();
  }

  /** Names that are known but not places of that kind ("the Taliban crossing" is no crossing). */
  private boolean isKnownNonPlace(String name) {
    return gazetteer.lookup(Gazetteer.normalise(name)).stream()
        .anyMatch(h -> !h.entry().type().isPlace() || h.entry().type() == EntityType.COUNTRY);
  }

  private static Span trimLeading(CharSequence text, int start, int end) {
    Matcher l = LEADING.matcher(text).region(start, end);
    int s = l.lookingAt() ? l.end() : start;
    return s < end ? new Span(s, end) : null;
  }

  private static Candidate cand(Span span, String key, String label, EntityType type, int prio) {
    return new Candidate(span, key, label, type, MentionKind.NAME, prio);
  }
}
