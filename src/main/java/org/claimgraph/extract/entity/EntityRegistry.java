package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.Affiliation;
import org.claimgraph.extract.model.AffiliationKind;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.MentionKind;
import org.claimgraph.extract.model.PlaceRelation;
import org.claimgraph.extract.model.PlaceRelationKind;

/**
 * What one extraction run has found about entities so far: the entities, their mentions, and the
 * affiliations and place relations. One instance per article, never shared between threads.
 */
public final class EntityRegistry {

  private final Gazetteer gazetteer;
  private final Map<String, EntityInfo> entities = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();

  /** {@link #mentions} in text order, as of when there were {@link #sortedCount} of them. */
  private List<Mention> sortedMentions = List.of();

  private int sortedCount;
  private final Set<Affiliation> affiliations = new LinkedHashSet<>();

  /** {@link #affiliations} as a list, as of when there were {@link #affiliationsCopied}. */
  private List<Affiliation> affiliationsCopy = List.of();

  private int affiliationsCopied;

  /**
   * {@link #affiliations} by subject, each list in the order noted: the rules that follow a
   * speaker's affiliations ask for one subject's, many times per claim, and a long report has
   * hundreds.
   */
  private final Map<String, List<Affiliation>> affiliationsBySubject = new HashMap<>();

  private final Set<PlaceRelation> placeRelations = new LinkedHashSet<>();
  private final Map<Integer, Integer> paragraphOfSentence = new HashMap<>();
  private final Map<String, String> namesSeen = new LinkedHashMap<>();

  private static final class EntityInfo {
    final String key;
    String label;
    final EntityType type;
    final boolean fromGazetteer;
    final Set<String> aliases = new LinkedHashSet<>();

    EntityInfo(String key, String label, EntityType type, boolean fromGazetteer) {
      this.key = key;
      this.label = label;
      this.type = type;
      this.fromGazetteer = fromGazetteer;
    }
  }

  private final Map<String, String> takenBy = new HashMap<>();
  private Gazetteer inferredCountries;
  private Optional<String> publisher = Optional.empty();
  private String lastWithdrawer;
  private String lastAttacker;

  public EntityRegistry(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Notes that the report told of {@code agentKey} taking {@code placeKey}, for later words that
   * tell the loss without naming the winner ("the government acknowledged the loss of X").
   */
  public void noteTaken(String placeKey, String agentKey) {
    takenBy.put(placeKey, agentKey);
  }

  /** Notes that the report told of {@code agentKey} pulling back, for a later "the withdrawal". */
  public void noteWithdrew(String agentKey) {
    lastWithdrawer = agentKey;
  }

  /** Notes that the report told of {@code agentKey} attacking, for a later "the strikes". */
  public void noteAttacked(String agentKey) {
    lastAttacker = agentKey;
  }

  /** Who the report last said attacked, if anyone. */
  public Optional<String> lastAttacker() {
    return Optional.ofNullable(lastAttacker);
  }

  /** Who the report last said pulled back, if anyone. */
  public Optional<String> lastWithdrawer() {
    return Optional.ofNullable(lastWithdrawer);
  }

  /**
   * Who the report last said took {@code placeKey} or, for a crossing, the border it lies on (a
   * report may tell the capture of "the border" and then the loss of the crossing on it).
   */
  public Optional<String> takerOf(String placeKey) {
    String taker = takenBy.get(placeKey);
    if (taker != null) {
      return Optional.of(taker);
    }
    return gazetteer.get(placeKey).stream()
        .flatMap(e -> e.links("onBorder").stream())
        .map(takenBy::get)
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /**
   * The countries the text names that reference data does not know ({@link InferredCountries}),
   * read off the whole text the first time they are asked for.
   */
  Gazetteer inferredCountries(String text) {
    if (inferredCountries == null) {
      inferredCountries = InferredCountries.find(text, gazetteer);
    }
    return inferredCountries;
  }

  /** Notes the outlet that published the report, so that its name in the text is an entity. */
  public void notePublisher(Optional<String> name) {
    publisher = name.filter(n -> !n.isBlank());
  }

  /** The outlet that published the report, when known. */
  Optional<String> publisher() {
    return publisher;
  }

  /** A country the text introduced that reference data does not know, by key. */
  Optional<GazetteerEntry> inferredCountry(String key) {
    return inferredCountries == null ? Optional.empty() : inferredCountries.get(key);
  }

  /** Makes sure the entity exists: from the gazetteer when it knows the key, else as given. */
  public String ensure(String key, String label, EntityType type) {
    EntityInfo info = entities.get(key);
    if (info == null) {
      Optional<GazetteerEntry> g = gazetteer.get(key);
      info =
          g.map(e -> new EntityInfo(key, e.prefLabel(), e.type(), true))
              .orElseGet(() -> new EntityInfo(key, label, type, false));
      entities.put(key, info);
    } else if (!info.fromGazetteer && label.length() > info.label.length() && !label.isBlank()) {
      info.label = label; // the fullest name seen
    }
    return key;
  }

  /**
   * The armed forces of a country, made an entity when the text has not named them yet ("Armed
   * forces of Mali"); returns the key.
   */
  public String forcesOf(String countryKey) {
    return ensure(
        Gazetteer.forcesKey(countryKey),
        "Armed forces of " + labelOf(countryKey).orElse(countryKey),
        EntityType.MILITARY_FORCE);
  }

  /** Records a mention of an entity that {@link #ensure} has made. */
  public void mention(Span span, String key, MentionKind kind, int sentenceIndex, String surface) {
    mentions.add(new Mention(span, key, kind, sentenceIndex));
    EntityInfo info = entities.get(key);
    if (info != null && !surface.equals(info.label) && kind != MentionKind.PRONOUN) {
      info.aliases.add(surface);
    }
  }

  public void affiliate(
      String subject, AffiliationKind kind, String object, Span evidence, String role) {
    if (subject.equals(object)) {
      return;
    }
    Affiliation a =
        new Affiliation(
            subject, kind, object, Optional.ofNullable(evidence), Optional.ofNullable(role));
    if (affiliations.add(a)) {
      affiliationsBySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(a);
    }
  }

  public void relate(String subject, PlaceRelationKind kind, String object, Span evidence) {
    if (!subject.equals(object)) {
      placeRelations.add(new PlaceRelation(subject, kind, object, Optional.ofNullable(evidence)));
    }
  }

  public Optional<EntityType> typeOf(String key) {
    EntityInfo info = entities.get(key);
    if (info != null) {
      return Optional.of(info.type);
    }
    return gazetteer.get(key).map(GazetteerEntry::type);
  }

  /**
   * The country an entity stands for or belongs to (a country, a state, a capital, or an actor
   * affiliated with a country), for rules outside this package that need a speaker's side.
   */
  public Optional<String> countryOf(String key) {
    return CountrySalience.countryOf(key, this);
  }

  public Optional<String> labelOf(String key) {
    EntityInfo info = entities.get(key);
    return info == null ? Optional.empty() : Optional.of(info.label);
  }

  /** Notes a name the text introduced for an entity, so that its recurrences link to it. */
  public void noteName(String name, String key) {
    namesSeen.putIfAbsent(name, key);
  }

  /** The names the text introduced so far, each with its entity's key. */
  public Map<String, String> namesSeen() {
    return java.util.Collections.unmodifiableMap(namesSeen);
  }

  public boolean has(String key) {
    return entities.containsKey(key);
  }

  /** Notes which paragraph a sentence is in, so that mentions can be grouped by paragraph. */
  public void noteSentence(int sentenceIndex, int paragraphIndex) {
    paragraphOfSentence.put(sentenceIndex, paragraphIndex);
  }

  /** Earlier mentions in the paragraph of sentence {@code sentenceIndex}, in text order. */
  public List<Mention> paragraphMentionsBefore(int sentenceIndex) {
    Integer paragraph = paragraphOfSentence.get(sentenceIndex);
    return mentions().stream()
        .filter(m -> m.sentenceIndex() < sentenceIndex)
        .filter(
            m -> paragraph != null && paragraph.equals(paragraphOfSentence.get(m.sentenceIndex())))
        .toList();
  }

  /** Mentions so far, in text order (unmodifiable). */
  public List<Mention> mentions() {
    // Rules ask many times per sentence; sorting a copy each time grew with the square of a
    // report's length. Mentions are only ever added, so their count tells when to sort again.
    if (sortedCount != mentions.size()) {
      List<Mention> sorted = new ArrayList<>(mentions);
      sorted.sort(Comparator.comparing(Mention::span));
      sortedMentions = Collections.unmodifiableList(sorted);
      sortedCount = mentions.size();
    }
    return sortedMentions;
  }

  /** Mentions recorded since the given count, unsorted (for one sentence). */
  public List<Mention> mentionsSince(int count) {
    return mentions.subList(count, mentions.size());
  }

  public int mentionCount() {
    return mentions.size();
  }

  /** The keys of the persons seen so far, in order of first mention. */
  public List<String> persons() {
    return entities.values().stream()
        .filter(e -> e.type == EntityType.PERSON)
        .map(e -> e.key)
        .toList();
  }

  public List<Entity> entities() {
    return entities.values().stream()
        .map(e -> new Entity(e.key, e.label, e.type, e.fromGazetteer, List.copyOf(e.aliases)))
        .toList();
  }

  /** The affiliations so far, in the order noted (unmodifiable). */
  public List<Affiliation> affiliations() {
    // Asked for every pair of sides compared: copied only when one was added since (a set's size
    // tells, as nothing is ever removed).
    if (affiliationsCopied != affiliations.size()) {
      affiliationsCopy = List.copyOf(affiliations);
      affiliationsCopied = affiliations.size();
    }
    return affiliationsCopy;
  }

  /** The affiliations of one subject so far, in the order noted (unmodifiable). */
  public List<Affiliation> affiliationsOf(String subjectKey) {
    List<Affiliation> of = affiliationsBySubject.get(subjectKey);
    return of == null ? List.of() : Collections.unmodifiableList(of);
  }

  public List<PlaceRelation> placeRelations() {
    return List.copyOf(placeRelations);
  }
}
