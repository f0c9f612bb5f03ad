package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.claim.ReportingLexicon;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.gazetteer.GazetteerMatcher;
import org.claimgraph.extract.gazetteer.NameMatch;
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

  private static final Pattern AFTER_NAME_VERB =
      Pattern.compile(
          "^(?:\\s*,[^,]{1,80},)?\\s+(?:(?:has|have|had|is|was|were|will|would|also|has also|"
              + "currently|publicly|officially|again|on\\s+\\w+|\\w+ly)\\s+)*(?<verb>[a-z]+(?:\\s+on)?)"
              + "\\b");
  private static final Pattern BARE =
      Pattern.compile(
          "\\b(?:the|The)\\s+(?:(?<topic>foreign|interior|defen[cs]e|finance|health)\\s+)?"
              + "(?<noun>government|administration|ministry|militants|insurgents|rebels|army"
              + "|military)\\b(?!\\s+(?:of|in|and)\\b)");

  private final Gazetteer gazetteer;
  private final GazetteerMatcher matcher;
  private final DescriptionRules descriptions = new DescriptionRules();
  private final PlaceRules places;
  private final PersonRules persons = new PersonRules();
  private final ReportingLexicon reporting;

  public MentionFinder(Gazetteer gazetteer, ReportingLexicon reporting) {
    this.gazetteer = gazetteer;
    this.matcher = new GazetteerMatcher(gazetteer);
    this.places = new PlaceRules(gazetteer);
    this.reporting = reporting;
  }

  /** Finds and registers the mentions of {@code sentence}; returns them in text order. */
  public List<Mention> find(String text, Sentence sentence, EntityRegistry reg) {
    Span ss = sentence.span();
    List<Candidate> cands = new ArrayList<>();
    for (NameMatch m : matcher.find(text, ss)) {
      addGazetteerCandidates(text, ss, m, cands);
    }
    places.find(text, ss, cands);
    bareDescriptions(text, ss, reg, cands);
    List<Candidate> chosen = resolve(cands);
    for (PersonRules.PersonName p : persons.find(text, ss, this::verbFollows)) {
      if (chosen.stream().anyMatch(c -> c.span().overlaps(p.span()))) {
        continue;
      }
      person(p, chosen, reg).ifPresent(chosen::add);
    }
    chosen.sort(Comparator.comparing(Candidate::span));
    int before = reg.mentionCount();
    for (Candidate c : chosen) {
      register(text, c, sentence.index(), reg);
    }
    List<Mention> out = new ArrayList<>(reg.mentionsSince(before));
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  private void addGazetteerCandidates(String text, Span ss, NameMatch m, List<Candidate> out) {
    GazetteerEntry e = m.entry();
    MentionKind kind = m.isDemonym() ? MentionKind.DEMONYM : MentionKind.NAME;
    switch (e.type()) {
      case COUNTRY -> {
        descriptions.aroundCountry(text, ss, m, gazetteer).ifPresent(out::add);
        if (!m.isDemonym() && verbFollows(text, m.span().end(), ss.end())) {
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

  /** "the government", "the ministry": the last such entity mentioned before. */
  private void bareDescriptions(String text, Span ss, EntityRegistry reg, List<Candidate> out) {
    Matcher m = BARE.matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      String noun = m.group("noun");
      EntityType want =
          switch (noun) {
            case "government", "administration" -> EntityType.GOVERNMENT;
            case "ministry" -> EntityType.MINISTRY;
            case "army", "military" -> EntityType.MILITARY_FORCE;
            default -> EntityType.ARMED_GROUP;
          };
      String topic = m.group("topic");
      List<Mention> seen = reg.mentions();
      for (int i = seen.size() - 1; i >= 0; i--) {
        String key = seen.get(i).entityKey();
        if (reg.typeOf(key).orElse(EntityType.OTHER) == want
            && (topic == null || key.contains(topic.substring(0, 4)))) {
          out.add(
              new Candidate(
                  new Span(m.start(), m.end()),
                  key,
                  reg.labelOf(key).orElse(key),
                  want,
                  MentionKind.DESCRIPTION,
                  2));
          break;
        }
      }
    }
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
    String name = p.name();
    String[] words = name.split("\\s+");
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
      if (label.contains(" ") && PersonRules.surname(label).equals(surname)) {
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
    }
    return Optional.empty();
  }

  private static Candidate person(Span span, String key, String label, MentionKind kind) {
    return new Candidate(span, key, label, EntityType.PERSON, kind, 2);
  }

  private void register(String text, Candidate c, int sentenceIndex, EntityRegistry reg) {
    reg.ensure(c.key(), c.label(), c.type());
    reg.mention(c.span(), c.key(), c.kind(), sentenceIndex, c.span().quote(text));
    if (c.countryKey() == null) {
      return;
    }
    Span ev = c.span();
    switch (c.type()) {
      case BORDER -> {
        for (String country : c.countryKey().split(" ")) {
          reg.ensure(country, label(country), EntityType.COUNTRY);
          reg.relate(c.key(), PlaceRelationKind.BETWEEN, country, ev);
        }
      }
      case GOVERNMENT -> {
        reg.ensure(c.countryKey(), label(c.countryKey()), EntityType.COUNTRY);
        reg.affiliate(c.key(), AffiliationKind.GOVERNMENT_OF, c.countryKey(), ev, null);
      }
      case STATE -> reg.ensure(c.countryKey(), label(c.countryKey()), EntityType.COUNTRY);
      case MILITARY_FORCE -> {
        reg.ensure(c.countryKey(), label(c.countryKey()), EntityType.COUNTRY);
        reg.affiliate(c.key(), AffiliationKind.FORCE_OF, c.countryKey(), ev, null);
      }
      case MINISTRY, INTELLIGENCE_COMMUNITY -> {
        String gov = Gazetteer.governmentKey(c.countryKey());
        reg.ensure(gov, "Government of " + label(c.countryKey()), EntityType.GOVERNMENT);
        reg.affiliate(c.key(), AffiliationKind.PART_OF, gov, ev, null);
        if (c.type() == EntityType.MINISTRY) {
          reg.ensure(c.countryKey(), label(c.countryKey()), EntityType.COUNTRY);
          reg.affiliate(c.key(), AffiliationKind.MINISTRY_OF, c.countryKey(), ev, null);
        }
      }
      default -> {}
    }
  }
}
