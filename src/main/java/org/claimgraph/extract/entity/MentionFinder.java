package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.claim.ReportingLexicon;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.gazetteer.GazetteerMatcher;
import org.claimgraph.extract.gazetteer.NameMatch;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.lexicon.LeadingCharacters;
import org.claimgraph.extract.model.AffiliationKind;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.MentionKind;
import org.claimgraph.extract.model.PlaceRelationKind;
import org.claimgraph.extract.model.Sentence;

/**
 * Finds the mentions in one sentence and registers their entities: gazetteer names, descriptions,
 * places by kind, metonymy, definite descriptions and people. Thread-safe; state lives in the
 * {@link EntityRegistry} passed in.
 */
public final class MentionFinder {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private static final Pattern AFTER_NAME_VERB =
      Pattern.compile(
          "^(?:\\s*,[^,]{1,80},)?\\s+(?:(?:has|have|had|is|was|were|will|would|also|has also|"
              + "currently|publicly|officially|again|on\\s+\\w+|\\w+ly)\\s+)*(?<verb>[a-z]+(?:\\s+on)?)"
              + "\\b");

  /** The nouns a bare description ("the rebels", "the village") ends with. */
  private static final List<String> BARE_NOUN_WORDS =
      List.of(
          "government",
          "administration",
          "ministry",
          "militants",
          "insurgents",
          "rebels",
          "militia",
          "group",
          "army",
          "town",
          "village",
          "city",
          "airport",
          "military");

  private static final Pattern BARE =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\b(?<det>the|The|his|His|her|Her)\\s+(?:(?<topic>foreign|interior|defen[cs]e|finance|health)\\s+)?"
                  + "(?<noun>"
                  + String.join("|", BARE_NOUN_WORDS)
                  + ")\\b(?!\\s+(?:of|in|and)\\b)"));

  /**
   * The nouns without which BARE cannot match, read off the pattern: a cheap test first, so that a
   * noun added to the pattern cannot be missing from the test.
   */
  private static final Keywords BARE_NOUNS = Keywords.requiredBy(BARE);

  private final Gazetteer gazetteer;
  private final GazetteerMatcher matcher;
  private final DescriptionRules descriptions = new DescriptionRules();
  private final PlaceRules places;
  private final PersonRules persons = new PersonRules();
  private final OrganisationRules organisations = new OrganisationRules();
  private final NamesSeen namesSeen = new NamesSeen();
  private final NewsOutlets outlets = new NewsOutlets();
  private final DescribedBodies describedBodies = new DescribedBodies();
  private final PlacesAfterPrepositions placesAfterPrepositions;
  private final CrossingsOnBorders crossingsOnBorders = new CrossingsOnBorders();
  private final BordersWith bordersWith = new BordersWith();
  private final BareMinistries bareMinistries = new BareMinistries();
  private final ReportingLexicon reporting;

  public MentionFinder(Gazetteer gazetteer, ReportingLexicon reporting) {
    this.gazetteer = gazetteer;
    this.matcher = new GazetteerMatcher(gazetteer);
    this.places = new PlaceRules(gazetteer);
    this.placesAfterPrepositions = new PlacesAfterPrepositions(gazetteer);
    this.reporting = reporting;
  }

  /** Finds and registers the mentions of {@code sentence}; returns them in text order. */
  public List<Mention> find(String text, Sentence sentence, EntityRegistry reg) {
    return find(text, text, sentence, reg);
  }

  /**
   * As {@link #find(String, Sentence, EntityRegistry)}, the rules reading {@code names}: the text
   * with a title-case headline in sentence case ({@link org.claimgraph.extract.text.TitleCase}), of
   * the same length, so that its spans hold for {@code text}, whose words the mentions quote.
   */
  public List<Mention> find(String text, String names, Sentence sentence, EntityRegistry reg) {
    Span ss = sentence.span();
    List<Candidate> cands = new ArrayList<>();
    for (NameMatch m : matcher.find(names, ss)) {
      addGazetteerCandidates(names, ss, m, cands);
    }
    Gazetteer inferred = reg.inferredCountries(text);
    for (NameMatch m : new GazetteerMatcher(inferred).find(names, ss)) {
      addGazetteerCandidates(names, ss, m, cands);
    }
    places.find(names, ss, cands);
    organisations.find(names, ss, cands);
    describedBodies.find(names, ss, cands);
    namesSeen.recurrences(names, ss, reg, cands);
    // After the recurrences: an outlet a dateline introduces is noted there, for later sentences.
    outlets
        .find(names, ss, reg.publisher(), reg, cands)
        .ifPresent(dateline -> cands.removeIf(c -> c.span().overlaps(dateline)));
    placesAfterPrepositions.find(names, ss, cands);
    bodiesNamedWithTheirParent(names, cands);
    reg.noteSentence(sentence.index(), sentence.paragraphIndex());
    List<Candidate> chosen = resolve(cands);
    crossingsOnBorders.describe(names, ss, reg, chosen);
    bordersWith.describe(names, ss, reg, chosen);
    namesSeen.acronyms(names, ss, chosen, reg);
    for (PersonRules.PersonName p : persons.find(names, ss, this::verbFollows)) {
      if (chosen.stream().anyMatch(c -> c.span().overlaps(p.span()))) {
        continue;
      }
      person(p, chosen, reg).ifPresent(chosen::add);
    }
    List<Candidate> bare = new ArrayList<>();
    bareDescriptions(names, sentence, reg, chosen, bare);
    bareMinistries.find(names, ss, reg, chosen, c -> label(c, reg), bare);
    bodiesByTheirHead(names, ss, reg, chosen, bare);
    bare.stream()
        .filter(b -> chosen.stream().noneMatch(c -> c.span().overlaps(b.span())))
        .forEach(chosen::add);
    chosen.sort(Comparator.comparing(Candidate::span));
    int before = reg.mentionCount();
    for (Candidate c : chosen) {
      register(text, c, sentence.index(), reg);
    }
    List<Mention> out = new ArrayList<>(reg.mentionsSince(before));
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  /**
   * "the United Nations World Food Programme": a known body named after the known body it belongs
   * to is that body, not a new organisation the head noun ("Programme") would make of the whole.
   */
  private void bodiesNamedWithTheirParent(String text, List<Candidate> cands) {
    List<Candidate> known =
        cands.stream()
            .filter(c -> c.type() == EntityType.ORGANIZATION && gazetteer.get(c.key()).isPresent())
            .toList();
    if (known.size() < 2) {
      return;
    }
    for (int i = 0; i < cands.size(); i++) {
      Candidate whole = cands.get(i);
      if (whole.type() != EntityType.ORGANIZATION || gazetteer.get(whole.key()).isPresent()) {
        continue;
      }
      for (Candidate child : known) {
        if (child.span().end() == whole.span().end()
            && child.span().start() > whole.span().start()
            && known.stream().anyMatch(parent -> namedBefore(text, parent, child, whole))) {
          cands.set(
              i,
              new Candidate(
                  whole.span(), child.key(), child.label(), child.type(), MentionKind.NAME, 2));
          break;
        }
      }
    }
  }

  private static final Pattern OPTIONAL_THE = Pattern.compile("(?:[Tt]he\\s+)?");

  /** Whether {@code parent} opens {@code whole} and only blanks stand before {@code child}. */
  private static boolean namedBefore(
      String text, Candidate parent, Candidate child, Candidate whole) {
    return parent != child
        && parent.span().end() <= child.span().start()
        && OPTIONAL_THE.matcher(text).region(whole.span().start(), parent.span().start()).matches()
        && text.substring(parent.span().end(), child.span().start()).isBlank();
  }

  private void addGazetteerCandidates(String text, Span ss, NameMatch m, List<Candidate> out) {
    GazetteerEntry e = m.entry();
    if (m.isDemonym() && ETHNIC_BEFORE.matcher(text).region(ss.start(), m.span().start()).find()) {
      return; // "ethnic Uzbek residents": a people, not the country or its state
    }
    MentionKind kind = m.isDemonym() ? MentionKind.DEMONYM : MentionKind.NAME;
    switch (e.type()) {
      case COUNTRY -> {
        descriptions.aroundCountry(text, ss, m, gazetteer).ifPresent(out::add);
        if (!m.isDemonym()
            && (verbFollows(text, m.span().end(), ss.end())
                || addressed(text, ss.start(), m.span().start()))) {
          out.add(
              new Candidate(
                  m.span(),
                  Gazetteer.stateKey(e.key()),
                  e.prefLabel(),
                  EntityType.STATE,
                  MentionKind.METONYM,
                  3,
                  e.key()));
        } else {
          out.add(new Candidate(m.span(), e.key(), e.prefLabel(), e.type(), kind, 1));
        }
      }
      case CITY -> {
        Optional<String> country = gazetteer.countryOfCapital(e.key());
        if (country.isPresent() && verbFollows(text, m.span().end(), ss.end())) {
          String gov = Gazetteer.governmentKey(country.get());
          out.add(
              new Candidate(
                  m.span(),
                  gov,
                  "Government of " + label(country.get()),
                  EntityType.GOVERNMENT,
                  MentionKind.METONYM,
                  3,
                  country.get()));
        } else {
          out.add(new Candidate(m.span(), e.key(), e.prefLabel(), e.type(), kind, 1));
        }
      }
      case ARMED_GROUP, ORGANIZATION, MILITARY_FORCE -> {
        Span span = descriptions.aroundGroup(text, ss, m).orElse(m.span());
        MentionKind k = span.equals(m.span()) ? kind : MentionKind.DESCRIPTION;
        out.add(new Candidate(span, e.key(), e.prefLabel(), e.type(), k, 2));
      }
      default -> out.add(new Candidate(m.span(), e.key(), e.prefLabel(), e.type(), kind, 1));
    }
  }

  private String label(String key) {
    return gazetteer.get(key).map(GazetteerEntry::prefLabel).orElse(key);
  }

  /** A country's name from reference data, else from the countries the text itself introduced. */
  private String label(String key, EntityRegistry reg) {
    return gazetteer
        .get(key)
        .or(() -> reg.inferredCountry(key))
        .map(GazetteerEntry::prefLabel)
        .orElse(key);
  }

  /** A verb that takes a state as the one it addresses: "We warn Brenmark", "accused Russia". */
  private static final Pattern ADDRESSING_VERB_BEFORE =
      Pattern.compile(
          "\\b(?:warn(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\\s+on|accus(?:e|es|ed)|condemn(?:s|ed)?"
              + "|blam(?:e|es|ed)|sanction(?:s|ed)?|threaten(?:s|ed)?)\\s+$");

  /** Whether the country at {@code at} is the one a warning or accusation addresses. */
  private static boolean addressed(String text, int sentenceStart, int at) {
    int from = Math.max(sentenceStart, at - 20);
    return ADDRESSING_VERB_BEFORE.matcher(text).region(from, at).find();
  }

  /** Whether a reporting verb (or "has given a statement") follows a name at {@code at}. */
  boolean verbFollows(String text, int at, int end) {
    if (at >= end) {
      return false;
    }
    Matcher m = AFTER_NAME_VERB.matcher(text).region(at, end);
    if (!m.lookingAt()) {
      return false;
    }
    String verb = m.group("verb");
    return reporting.isVerb(verb)
        || verb.equals("given")
        || verb.equals("issued")
        || verb.equals("released")
        || verb.equals("made");
  }

  /**
   * "the government", "his administration", "the ministry". A government is the one of the country
   * the passage is about (for "his"/"her", the country of the person last named); anything else is
   * the last such entity mentioned before.
   */
  private void bareDescriptions(
      String text,
      Sentence sentence,
      EntityRegistry reg,
      List<Candidate> chosen,
      List<Candidate> out) {
    Span ss = sentence.span();
    if (!BARE_NOUNS.anyIn(text, ss.start(), ss.end())) {
      return;
    }
    Matcher troops = GOVERNMENT_TROOPS.matcher(text).region(ss.start(), ss.end());
    while (troops.find()) {
      // "government troops", "government forces": the army of the country the story is about.
      Span span = new Span(troops.start(), troops.end());
      Optional<Candidate> army =
          lastForce(reg, span).or(() -> storysArmy(sentence, reg, chosen, span));
      army.ifPresent(out::add);
    }
    Matcher m = BARE.matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      String noun = m.group("noun");
      EntityType want =
          switch (noun) {
            case "government", "administration" -> EntityType.GOVERNMENT;
            case "ministry" -> EntityType.MINISTRY;
            case "army", "military" -> EntityType.MILITARY_FORCE;
            case "town", "village", "city" -> EntityType.CITY;
            case "airport" -> EntityType.AIRBASE;
            default -> EntityType.ARMED_GROUP;
          };
      boolean possessive = !m.group("det").equalsIgnoreCase("the");
      Span span = new Span(m.start(), m.end());
      if (want == EntityType.GOVERNMENT) {
        List<Candidate> before =
            chosen.stream()
                .filter(c -> c.span().end() <= span.start())
                .sorted(Comparator.comparing(Candidate::span))
                .toList();
        Optional<String> country =
            possessive
                ? ownersCountry(before, reg)
                : CountrySalience.mostSalient(
                    before.stream().map(Candidate::key).toList(),
                    reg.paragraphMentionsBefore(sentence.index()),
                    reg);
        if (country.isPresent()) {
          String gov = Gazetteer.governmentKey(country.get());
          out.add(
              new Candidate(
                  span,
                  gov,
                  "Government of " + label(country.get(), reg),
                  EntityType.GOVERNMENT,
                  MentionKind.DESCRIPTION,
                  2,
                  country.get()));
          continue;
        }
      }
      if (possessive) {
        continue; // "his army" with no known country: better no link than a wrong one
      }
      if (want == EntityType.CITY) {
        settlementBefore(text, noun, reg)
            .ifPresent(
                key ->
                    out.add(
                        new Candidate(
                            span,
                            key,
                            reg.labelOf(key).orElse(key),
                            want,
                            MentionKind.DESCRIPTION,
                            2)));
        continue;
      }
      String topic = m.group("topic");
      List<Mention> seen = reg.mentions();
      boolean found = false;
      for (int i = seen.size() - 1; i >= 0 && !found; i--) {
        String key = seen.get(i).entityKey();
        if (reg.typeOf(key).orElse(EntityType.OTHER) == want
            && (topic == null || key.contains(topic.substring(0, 4)))) {
          out.add(
              new Candidate(
                  span, key, reg.labelOf(key).orElse(key), want, MentionKind.DESCRIPTION, 2));
          found = true;
        }
      }
      if (!found && want == EntityType.MILITARY_FORCE) {
        storysArmy(sentence, reg, chosen, span).ifPresent(out::add);
      }
    }
  }

  /**
   * "The Front said …", "the movement denied it", "the Guard": a body named again by its head noun
   * alone, after the report named it in full.
   */
  private static final Pattern HEAD_AGAIN =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\b[Tt]he\\s+(?<head>Front|Movement|Brigades?|Council|Alliance|Coalition|Union|Party"
                  + "|Committee|Mission|Monitor|Observatory|Guard|Forces|front|movement|alliance"
                  + "|coalition|brigade)\\b(?!\\s+(?:of|for)\\b)"));

  private static final Keywords HEAD_AGAIN_WORDS = Keywords.requiredBy(HEAD_AGAIN);

  /**
   * The body named last, in this sentence or before, with the head noun as a later word of its name
   * ("the Velmar Liberation Front", "the People's Movement for Change"), for each {@link
   * #HEAD_AGAIN}.
   */
  private static void bodiesByTheirHead(
      String text, Span ss, EntityRegistry reg, List<Candidate> chosen, List<Candidate> out) {
    if (!HEAD_AGAIN_WORDS.anyIn(text, ss.start(), ss.end())) {
      return;
    }
    Matcher m = HEAD_AGAIN.matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (chosen.stream().anyMatch(c -> c.span().overlaps(span))) {
        continue;
      }
      String head = m.group("head").toLowerCase(java.util.Locale.ROOT);
      Optional<Candidate> sameSentence =
          chosen.stream()
              .filter(c -> c.span().end() <= span.start() && c.type().isActor())
              .filter(c -> namedWithHead(c.label(), head))
              .max(Comparator.comparing(Candidate::span));
      if (sameSentence.isPresent()) {
        Candidate c = sameSentence.get();
        out.add(new Candidate(span, c.key(), c.label(), c.type(), MentionKind.DESCRIPTION, 2));
        continue;
      }
      List<Mention> seen = reg.mentions();
      for (int i = seen.size() - 1; i >= 0; i--) {
        String key = seen.get(i).entityKey();
        EntityType type = reg.typeOf(key).orElse(EntityType.OTHER);
        if (type.isActor() && namedWithHead(reg.labelOf(key).orElse(""), head)) {
          out.add(
              new Candidate(
                  span, key, reg.labelOf(key).orElse(key), type, MentionKind.DESCRIPTION, 2));
          break;
        }
      }
    }
  }

  private static boolean namedWithHead(String label, String head) {
    return (" " + label.toLowerCase(java.util.Locale.ROOT) + " ").indexOf(" " + head + " ") > 0;
  }

  private static final Pattern ETHNIC_BEFORE =
      Pattern.compile("\\b(?:[Ee]thnic|[Ee]thnically)\\s+$");

  /**
   * "government troops", and "army units" or "army convoys" without a determiner: the state's
   * forces, which the bare "the army" pattern does not reach.
   */
  private static final Pattern GOVERNMENT_TROOPS =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\b(?:[Gg]overnment\\s+(?:troops|forces|soldiers)"
                  + "|(?<![Tt]he\\s)(?<![A-Z]\\w{0,20}\\s)[Aa]rmy\\s+(?:troops|soldiers|units|convoys|columns))\\b"));

  /** The armed forces mentioned last, if any. */
  private static Optional<Candidate> lastForce(EntityRegistry reg, Span span) {
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      String key = seen.get(i).entityKey();
      if (reg.typeOf(key).orElse(EntityType.OTHER) == EntityType.MILITARY_FORCE) {
        return Optional.of(
            new Candidate(
                span,
                key,
                reg.labelOf(key).orElse(key),
                EntityType.MILITARY_FORCE,
                MentionKind.DESCRIPTION,
                2));
      }
    }
    return Optional.empty();
  }

  /**
   * "The army denied …" in a report that has named no army yet: the forces of the country the story
   * is about (this passage's, else the whole report's so far), as for "the government".
   */
  private Optional<Candidate> storysArmy(
      Sentence sentence, EntityRegistry reg, List<Candidate> chosen, Span span) {
    List<String> before =
        chosen.stream()
            .filter(c -> c.span().end() <= span.start())
            .sorted(Comparator.comparing(Candidate::span))
            .map(Candidate::key)
            .toList();
    // The whole report's country, not the passage's: a story's "army" is that of its country even
    // in a paragraph about a neighbour ("near the border with Mali").
    Optional<String> country = CountrySalience.mostSalient(before, reg.mentions(), reg);
    return country.map(
        c ->
            new Candidate(
                span,
                Gazetteer.forcesKey(c),
                "Armed forces of " + label(c, reg),
                EntityType.MILITARY_FORCE,
                MentionKind.DESCRIPTION,
                2,
                c));
  }

  /**
   * "the village": the last settlement the report introduced with that noun ("the village of X"),
   * else the last one named that is no capital (a capital named is mostly its government).
   */
  private Optional<String> settlementBefore(String text, String noun, EntityRegistry reg) {
    List<Mention> seen = reg.mentions();
    Optional<String> fallback = Optional.empty();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention x = seen.get(i);
      if (reg.typeOf(x.entityKey()).orElse(EntityType.OTHER) != EntityType.CITY) {
        continue;
      }
      if (x.span().quote(text).contains(noun + " of ")) {
        return Optional.of(x.entityKey());
      }
      if (fallback.isEmpty() && gazetteer.countryOfCapital(x.entityKey()).isEmpty()) {
        fallback = Optional.of(x.entityKey());
      }
    }
    return fallback;
  }

  /** The country of the person last named, in this sentence or before: "his administration". */
  private static Optional<String> ownersCountry(List<Candidate> sentence, EntityRegistry reg) {
    for (int i = sentence.size() - 1; i >= 0; i--) {
      if (sentence.get(i).type() == EntityType.PERSON) {
        return CountrySalience.countryOf(sentence.get(i).key(), reg);
      }
    }
    List<String> persons = reg.persons();
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      if (persons.contains(seen.get(i).entityKey())) {
        return CountrySalience.countryOf(seen.get(i).entityKey(), reg);
      }
    }
    return Optional.empty();
  }

  /** Longest candidates first, then higher priority; no two chosen candidates overlap. */
  private static List<Candidate> resolve(List<Candidate> cands) {
    List<Candidate> sorted = new ArrayList<>(cands);
    sorted.sort(
        Comparator.comparingInt((Candidate c) -> -c.span().length())
            .thenComparingInt(c -> -c.priority())
            .thenComparing(Candidate::span));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (chosen.stream().noneMatch(x -> x.span().overlaps(c.span()))) {
        chosen.add(c);
      }
    }
    return chosen;
  }

  private Optional<Candidate> person(
      PersonRules.PersonName p, List<Candidate> sentence, EntityRegistry reg) {
    String name = PersonRules.fromCapitals(p.name());
    String[] words = BLANKS.split(name);
    if (words.length == 1) {
      return shortName(p, reg);
    }
    // A full name already seen (created earlier or in the gazetteer) links whatever the context.
    String key = "actor/" + Keys.slug(name);
    if (reg.has(key) || gazetteer.get(key).isPresent()) {
      return Optional.of(person(p.span(), key, name, MentionKind.NAME));
    }
    if (!p.titled()) {
      return Optional.empty();
    }
    Optional<GazetteerEntry> variant = VariantSpelling.find(gazetteer, name, sentence, reg);
    if (variant.isPresent()) {
      return Optional.of(
          person(
              p.span(),
              variant.get().key(),
              variant.get().prefLabel(),
              MentionKind.VARIANT_SPELLING));
    }
    return Optional.of(person(p.span(), key, name, MentionKind.NAME));
  }

  private Optional<Candidate> shortName(PersonRules.PersonName p, EntityRegistry reg) {
    String surname = p.name();
    List<String> seen = reg.persons();
    for (int i = seen.size() - 1; i >= 0; i--) {
      String label = reg.labelOf(seen.get(i)).orElse("");
      if (label.contains(" ") && PersonRules.surname(label).equals(surname)
          || label.equals(surname)) {
        return Optional.of(person(p.span(), seen.get(i), label, MentionKind.SHORT_NAME));
      }
    }
    if (p.titled()) {
      List<GazetteerEntry> known =
          gazetteer.ofType(EntityType.PERSON).stream()
              .filter(e -> PersonRules.surname(e.prefLabel()).equals(surname))
              .toList();
      if (known.size() == 1) {
        return Optional.of(
            person(p.span(), known.get(0).key(), known.get(0).prefLabel(), MentionKind.SHORT_NAME));
      }
      if (known.isEmpty()
          && p.title() != null
          && !p.title().isEmpty()
          && surname.length() >= 3
          && !INSTITUTION_WORDS.contains(surname)
          && gazetteer.lookup(Gazetteer.normalise(surname)).isEmpty()) {
        // "Gen. Malik told reporters", "Col. Arndt said": a title marks a person the report names
        // by surname alone; later bare "Malik" links to them through the loop above.
        return Optional.of(
            person(p.span(), "actor/" + Keys.slug(surname), surname, MentionKind.NAME));
      }
    }
    return Optional.empty();
  }

  /** Words after a title that make a body, not a surname: "General Staff", "General Assembly". */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "Staff",
          "Assembly",
          "Command",
          "Council",
          "Directorate",
          "Headquarters",
          "Hospital",
          "Secretariat",
          "Prosecutor",
          "Election",
          "Elections",
          "Motors",
          "Office",
          "Court",
          "Committee",
          "Administration",
          "Inspectorate",
          "Affairs",
          "Security",
          "Defence",
          "Defense",
          "Interior",
          "Intelligence");

  private static Candidate person(Span span, String key, String label, MentionKind kind) {
    return new Candidate(span, key, label, EntityType.PERSON, kind, 2);
  }

  /**
   * Whether a mention introduces a name reference data does not know, written out in full ("the
   * town of Bankoré", "the Sahel Salvation Front"); people have their own rule for surnames.
   */
  private boolean introducesName(String text, Candidate c) {
    return c.type() != EntityType.PERSON
        && c.label().length() >= 3
        && Character.isUpperCase(c.label().charAt(0))
        && gazetteer.get(c.key()).isEmpty()
        && (c.span().quote(text).contains(c.label())
            // "PELLHAM - " in a dateline: the town, named as the text will name it later.
            || c.span().quote(text).equalsIgnoreCase(c.label()));
  }

  private static final Pattern KIND_SUFFIX = Pattern.compile("\\s+(?:Province|District|region)$");

  /** A province's name without its kind: "Kelm" for "Kelm Province". */
  private static Optional<String> bareName(String label) {
    Matcher m = KIND_SUFFIX.matcher(label);
    return m.find() ? Optional.of(label.substring(0, m.start())) : Optional.empty();
  }

  private void register(String text, Candidate c, int sentenceIndex, EntityRegistry reg) {
    reg.ensure(c.key(), c.label(), c.type());
    reg.mention(c.span(), c.key(), c.kind(), sentenceIndex, c.span().quote(text));
    if (introducesName(text, c)) {
      reg.noteName(c.label(), c.key());
    }
    if (c.type() == EntityType.PROVINCE || c.type() == EntityType.DISTRICT) {
      // "the province of Kelm" makes a later bare "Kelm" the province, not a town of that name.
      bareName(c.label())
          .filter(n -> c.span().quote(text).contains(n))
          .ifPresent(n -> reg.noteName(n, c.key()));
    }
    if (c.type() == EntityType.NEWS_OUTLET) {
      NewsOutlets.shortForms(c.label()).forEach(f -> reg.noteName(f, c.key()));
    }
    if (c.countryKey() == null) {
      return;
    }
    Span ev = c.span();
    switch (c.type()) {
      case BORDER -> {
        for (String country : c.countryKey().split(" ")) {
          reg.ensure(country, label(country, reg), EntityType.COUNTRY);
          reg.relate(c.key(), PlaceRelationKind.BETWEEN, country, ev);
        }
      }
      case GOVERNMENT -> {
        reg.ensure(c.countryKey(), label(c.countryKey(), reg), EntityType.COUNTRY);
        reg.affiliate(c.key(), AffiliationKind.GOVERNMENT_OF, c.countryKey(), ev, null);
      }
      case STATE -> reg.ensure(c.countryKey(), label(c.countryKey(), reg), EntityType.COUNTRY);
      case MILITARY_FORCE -> {
        reg.ensure(c.countryKey(), label(c.countryKey(), reg), EntityType.COUNTRY);
        reg.affiliate(c.key(), AffiliationKind.FORCE_OF, c.countryKey(), ev, null);
      }
      case MINISTRY, INTELLIGENCE_COMMUNITY -> {
        String gov = Gazetteer.governmentKey(c.countryKey());
        if (c.type() == EntityType.INTELLIGENCE_COMMUNITY || reg.has(gov)) {
          // A ministry is part of its government when the report speaks of that government; a
          // government it never names is no actor of the report, and the ministry is the
          // country's all the same.
          reg.ensure(gov, "Government of " + label(c.countryKey(), reg), EntityType.GOVERNMENT);
          reg.affiliate(c.key(), AffiliationKind.PART_OF, gov, ev, null);
        }
        if (c.type() == EntityType.MINISTRY) {
          reg.ensure(c.countryKey(), label(c.countryKey(), reg), EntityType.COUNTRY);
          reg.affiliate(c.key(), AffiliationKind.MINISTRY_OF, c.countryKey(), ev, null);
        }
      }
      default -> {}
    }
  }
}
