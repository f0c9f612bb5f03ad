package org.claimgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.ParagraphKind;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.text.Dateline;
import org.claimgraph.extract.time.TimeExpression;

/**
 * Finds events from the trigger lexicon ({@code event-verbs.tsv}): agent from the subject (or a "by
 * X" agent), places named after the trigger, the sentence's time and quantities. An event told
 * inside a claim's content is marked as reported by that claim. Thread-safe.
 */
public final class EventExtractor {

  private static final Pattern BY_AGENT = Pattern.compile("^\\s+by\\s+", Pattern.CASE_INSENSITIVE);

  /** How far after a passive trigger its agent may start: "by" and a determiner or two. */
  private static final int AGENT_AFTER_REACH = 12;

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "[;:]\\s+|,\\s+(?:but|while|and|as|which|who)\\s+|\\b(?:as|after|when|while|that)\\s+"
              // "held by the army since the rebels captured it": a clause, not "since 2019"
              + "|\\b(?:since|until|because|although|though)\\s+(?=(?:the|they|it|we|its|their)\\s)");
  private static final Pattern PLACES_STOP =
      Pattern.compile(
          // a comma ends the places, unless a list of names goes on ("Osk, Tarsa and Vireya")
          ",(?!\\s*[A-Z][\\p{L}'’-]+(?:\\s*,|\\s+and\\s))"
              + "|\\b(?:after|before|while|as|which|when|because)\\b"
              // "the capture of the crossing … and the retreat of …": the next event's noun phrase
              + "|\\band\\s+(?:the|its|their)\\s");

  /** "the capture of the crossing by the Free Highlands Army": the agent of a noun. */
  private static final Pattern BY_WITHIN = Pattern.compile("\\s+by\\s+(?:the\\s+)?$");

  /** "the fall of Kidal to government forces": who takes a fallen place follows "to". */
  private static final Pattern TO_WITHIN = Pattern.compile("\\s+to\\s+(?:the\\s+)?$");

  private static final Pattern SPEAKERS_SIDE =
      Pattern.compile(
          "\\b(?:they|we|We|They|it|It|(?:[Oo]ur|[Ii]ts|[Tt]heir)\\s+(?:armed\\s+|own\\s+)?(?:forces|fighters|troops|units"
              + "|men|soldiers|aircraft|jets|warplanes|planes|drones|artillery|gunners|pilots)"
              // "units of its \"West\" group of forces had liberated …": some of the speaker's own
              + "|(?:[Uu]nits|[Ee]lements|[Ss]oldiers|[Tt]roops|[Ff]ighters)\\s+of\\s+(?:our|its|their)"
              + "(?=(?:\\s+[\\w\"“”-]+){1,6}\\s*$))"
              + "\\b(?:\\s+[\\w\"“”-]+){0,6}?\\s*$");

  private static final Pattern THEY = Pattern.compile("\\b[Tt]hey\\b");

  /** The last actor named in [from, to) that can do what the event says. */
  private static Optional<String> lastActorBefore(
      int from, int to, List<Mention> mentions, EntityRegistry reg, boolean military) {
    Optional<String> last = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().start() >= from
          && m.span().end() <= to
          && isActor(m, reg)
          && (!military || canAct(m.entityKey(), reg))) {
        last = Optional.of(m.entityKey());
      }
    }
    return last;
  }

  /** A retreat crosses a border: "fled across the border", "crossed into Tanzania". */
  private static final Pattern ACROSS =
      Pattern.compile("^[^.;]{0,40}?\\b(?:across|over)\\s+the\\s+(?:border|frontier)\\b");

  /** People taken prisoner, or things seized, are no territory changing hands. */
  private static final Pattern PEOPLE_OR_GEAR =
      Pattern.compile(
          "\\b(?:soldiers?|troops|servicemen|fighters|officers?|men|women|civilians|prisoners|"
              + "hostages|people|policemen|police\\s+officers|vehicles|tanks|weapons|equipment"
              + "|ammunition|drones?|aircraft)\\b",
          Pattern.CASE_INSENSITIVE);

  /** People who leave a place without being forces: "6,000 civilians have left the region". */
  private static final Pattern CIVILIANS =
      Pattern.compile(
          "\\b(?:civilians|residents|families|people|refugees|villagers|inhabitants|children"
              + "|women|displaced)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BY_WORD = Pattern.compile("\\bby\\s+");

  /** Who retreats across a border: forces, not refugees or lorries. */
  private static final Pattern FORCES =
      Pattern.compile(
          "\\b(?:soldiers|troops|servicemen|forces|units|fighters|militants|rebels|insurgents"
              + "|army|police|guards|garrison|personnel|commanders?)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Nouns of leaving that are withdrawals only when forces or a mission leave: "the removal of US
   * troops", "the departure of the UN mission", not "the removal of the governor" or "of debris".
   */
  private static final Set<String> DEPARTURE_NOUNS =
      Set.of("removal of", "departure of", "exit of", "drawdown of");

  private static final Pattern FORCES_OR_MISSION_NEXT =
      Pattern.compile(
          "\\s*(?:the\\s+|its\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:soldiers|troops|forces|units"
              + "|fighters|personnel|contingents?|peacekeepers|mission|garrison|military)\\b",
          Pattern.CASE_INSENSITIVE);

  // Compiled once: as String.matches and replaceAll they were compiled on every call.
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern SPACES_AND_LETTERS = Pattern.compile("[\\s\\p{L}\"“”]*");
  private static final Pattern OF_A_SETTLEMENT =
      Pattern.compile("(?s).*\\b(?:of|the\\s+town|the\\s+city|the\\s+village)\\b.*");
  private static final Pattern PASSIVE_BEFORE =
      Pattern.compile("(?is).*\\b(?:were|was|been|being|are|is)\\s+(?:\\w+ly\\s+)?$");

  private final EventTriggers triggers = new EventTriggers();

  /** "announced the capture of", "hailed the recapture of": the announcer's own side took it. */
  private static final Pattern ANNOUNCED_BEFORE =
      Pattern.compile(
          "\\b(?:announc|claim|celebrat|hail|trumpet)(?:e|es|ed|ing)\\s+(?:the|its|their)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "the", "these", "those" right before a noun: one the report has told already. */
  private static final Pattern DEFINITE_BEFORE =
      Pattern.compile("\\b(?:the|these|those|this|that)\\s+$", Pattern.CASE_INSENSITIVE);

  /** Everyday verbs that tell a military move only when a side or a place is named with them. */
  private static final List<String> GENERIC_VERBS =
      List.of(
          "push",
          "press",
          "move",
          "close in",
          "encircle",
          "reach",
          "fall to",
          "fall into",
          // "prices advanced 3%", "the minister came under fire from critics"
          "advance",
          "come under");

  public List<Event> extract(
      String text,
      Sentence sentence,
      ParagraphKind kind,
      List<Mention> mentions,
      EntityRegistry reg,
      List<Claim> claims,
      int firstIndex,
      List<Quantity> quantities,
      List<TimeExpression> times) {
    List<Event> out = new ArrayList<>();
    if (kind != ParagraphKind.BODY) {
      return out; // headlines repeat the body; headings and captions are not reports
    }
    Span ss = sentence.span();
    List<Span> found = triggers.scanner().findAll(text, ss.start(), ss.end());
    // "KALDER, Velsia (AP) - …": the outlet and the place of filing act in nothing.
    int storyStart = Dateline.skip(text, ss.start(), ss.end());
    for (int i = 0; i < found.size(); i++) {
      Span trigger = found.get(i);
      String t = BLANKS.matcher(trigger.quote(text).toLowerCase()).replaceAll(" ");
      EventTriggers.Trigger entry = triggers.of(t);
      EventType type = entry.type();
      // "the capture of X" is told with a noun: its determiner does not make it unreal.
      boolean nominal =
          entry.form() == EventTriggers.Form.NOUN
              || entry.form() == EventTriggers.Form.PHRASE
                  && (t.endsWith(" of")
                      || t.endsWith(" from")
                      || t.endsWith(" on")
                      || t.endsWith(" against"));
      if (!nominal && NotAnEvent.sense(text, ss, trigger, entry)) {
        continue; // "in advance of", "a heart attack", "withdrew from the talks", "cease-fire on"
      }
      // "an attempt to advance", "efforts to recapture": operations under way, unlike "an attempt
      // to capture", which tells no capture
      boolean movement =
          type == EventType.ADVANCE || type == EventType.ATTACK || type == EventType.RECAPTURE;
      if (nominal
          ? !Realis.noun(text, ss, trigger, movement)
          : !Realis.verb(
              text,
              ss,
              trigger,
              movement,
              entry.form() == EventTriggers.Form.VERB && t.equals(entry.lemma()))) {
        continue; // "would retake", "fear they could seize", "any attack on the crossing"
      }
      if ((entry.verbIs("take")
              || entry.verbIs("enter")
              || entry.verbIs("abandon")
              || entry.verbIs("liberate")
              || entry.verbIs("take over"))
          && !placeNext(text, trigger, mentions, reg)
          // "the village was taken by X": a passive's place is its subject
          && !BY_AGENT.matcher(text).region(trigger.end(), ss.end()).lookingAt()) {
        // "took place", "entered talks", "liberated hostages": only "took X" of a place
        continue;
      }
      if (type == EventType.CAPTURE && !nominal && prisonersOrGear(text, ss, trigger)) {
        continue; // "three soldiers were captured", "captured 12 vehicles"
      }
      if (type == EventType.CAPTURE && nominal && personTaken(text, ss, trigger, mentions, reg)) {
        continue; // "a reward for the capture of the group's leader": a manhunt, no territory
      }
      int placesEnd = i + 1 < found.size() ? found.get(i + 1).start() : ss.end();
      Matcher stop = PLACES_STOP.matcher(text).region(trigger.end(), placesEnd);
      if (stop.find()) {
        placesEnd = stop.start();
      }
      OptionalInt byClaim = OptionalInt.empty();
      int agentFrom = storyStart;
      for (Claim c : claims) {
        if (c.content().contains(trigger)) {
          byClaim = OptionalInt.of(c.index());
          agentFrom = c.content().start();
        }
      }
      int subjectFrom = agentFrom;
      Optional<String> agent =
          entry.lemmaStarts("lose control")
              ? Optional.empty() // who lost control is not who took it
              : entry.lemmaStarts("order")
                  // "ordered government troops out": the troops ordered withdraw, not who orders
                  ? mentions.stream()
                      .filter(m -> trigger.contains(m.span()) && isActor(m, reg))
                      .map(Mention::entityKey)
                      .findFirst()
                      // "the garrison commander ordered a withdrawal": the garrison's forces
                      .or(
                          () ->
                              DescribedMovers.of(text, new Span(subjectFrom, trigger.start()), reg))
                  : agent(text, new Span(agentFrom, ss.end()), trigger, mentions, reg);
      if (movement && Realis.attempt(text, ss, trigger)) {
        // "units of X repelled an attempt by Y to advance": Y moved; the subject repelled it.
        Span attempt = Realis.attemptBy(text, ss, trigger);
        agent = byPhraseActor(text, attempt, mentions, reg);
        if (agent.isEmpty()
            && !BY_WORD.matcher(text).region(attempt.start(), attempt.end()).find()) {
          // "the security forces are in the area, and efforts are being made to recapture the
          // border": an attempt without "by" is the forces the sentence named before it
          agent = lastActorBefore(agentFrom, attempt.start(), mentions, reg, true);
        }
      }
      boolean defended =
          nominal && type == EventType.ATTACK && NounEventAgents.defended(text, ss, trigger);
      if (defended) {
        // "our forces repelled an attack on the town": the subject defended, the attacker is
        // named with "by" if at all
        agent = Optional.empty();
      }
      if (nominal && type == EventType.ATTACK) {
        // "an RSF attack on Omdurman", "a Taliban assault": the actor naming the attack made it
        Optional<String> named = actorNamingTheNoun(text, ss, trigger, mentions, reg);
        if (named.isPresent()) {
          agent = named;
        }
      }
      if (nominal && agent.isPresent() && NounEventAgents.reported(text, subjectFrom, trigger)) {
        // "A Kremlin spokesman said the capture of X showed …": the speaker took nothing
        agent = Optional.empty();
      }
      if (nominal
          && t.endsWith(" of")
          && (type == EventType.RETREAT || type == EventType.WITHDRAWAL)) {
        // "the retreat of government troops", "the withdrawal of US forces": who moves follows.
        Optional<String> mover =
            mentions.stream()
                .filter(
                    m ->
                        m.span().start() >= trigger.end()
                            && m.span().start() - trigger.end() <= 4
                            && isActor(m, reg))
                .map(Mention::entityKey)
                .findFirst()
                // "the retreat of government troops": the forces the report named before.
                .or(
                    () ->
                        DescribedMovers.of(
                            text,
                            new Span(trigger.end(), Math.min(ss.end(), trigger.end() + 30)),
                            reg));
        // Without a mover named, the sentence's subject is no better a guess.
        agent = mover;
      }
      if (agent.isEmpty() && nominal) {
        // "Russian advances east of X", "Israeli air strikes on Y": the country's forces
        agent = NounEventAgents.demonymForces(text, trigger, mentions, reg);
      }
      if (agent.isEmpty() && nominal) {
        int end = placesEnd;
        agent =
            mentions.stream()
                .filter(
                    m ->
                        m.span().start() > trigger.end()
                            && m.span().end() <= end
                            && isActor(m, reg)
                            && ((t.equals("fall of") ? TO_WITHIN : BY_WITHIN)
                                    .matcher(text)
                                    .region(
                                        Math.max(trigger.end(), m.span().start() - 12),
                                        m.span().start())
                                    .find()
                                // "the capture of X by fighters of the Y"
                                || MembersOf.before(text, trigger.end(), m.span().start())))
                .map(Mention::entityKey)
                .findFirst();
      }
      boolean military = type != EventType.ACKNOWLEDGEMENT && type != EventType.STATEMENT;
      if (agent.isPresent() && forcesMove(type) && governs(agent.get(), reg)) {
        // "the administration defended its withdrawal": a government's forces move, not its
        // ministers
        agent = Optional.of(SpeakersForces.of(agent.get(), reg));
      }
      if (military && agent.isPresent() && !canAct(agent.get(), reg)) {
        agent = Optional.empty(); // the speaker ("Our forces repelled …") or the outlet
      }
      if (agent.isEmpty() && byClaim.isPresent() && !defended) {
        // "they had seized …", "our forces captured …" inside a claim: the speaker's own side.
        int claimIndex = byClaim.getAsInt();
        Claim speaking = claims.stream().filter(c -> c.index() == claimIndex).findFirst().get();
        String lead = text.substring(agentFrom, trigger.start());
        Matcher side = SPEAKERS_SIDE.matcher(lead);
        boolean speakersSide = side.find();
        Matcher they = THEY.matcher(lead);
        if (speakersSide && they.find(side.start())) {
          // "Russia said the Taliban took the border after they captured the crossing": "they"
          // is the side the speaker's words named, not the speaker; only when the words name
          // none ("the Taliban said they had captured …") is it the speaker, told indirectly.
          agent = lastActorBefore(agentFrom, agentFrom + they.start(), mentions, reg, military);
        }
        if (agent.isEmpty() && speakersSide) {
          agent =
              speaking
                  .claimantKey()
                  // a spokesman's "our forces" are those of the body he speaks for
                  .map(k -> military && !canAct(k, reg) ? SpeakersForces.bodyOf(k, reg) : k)
                  .filter(
                      k ->
                          military
                              ? canAct(k, reg)
                              : reg.typeOf(k).map(EntityType::isActor).orElse(false))
                  .map(k -> military ? SpeakersForces.of(k, reg) : k);
        }
      }
      if (agent.isEmpty()
          && nominal
          && byClaim.isPresent()
          && (type == EventType.CAPTURE || type == EventType.RECAPTURE)
          && ANNOUNCED_BEFORE
              .matcher(text)
              .region(Math.max(ss.start(), trigger.start() - 20), trigger.start())
              .find()) {
        // "The AVF announced the capture of Tamsin": a side announces what its own forces took
        int claimIndex = byClaim.getAsInt();
        agent =
            claims.stream()
                .filter(c -> c.index() == claimIndex)
                .findFirst()
                .flatMap(Claim::claimantKey)
                .map(k -> canAct(k, reg) ? k : SpeakersForces.bodyOf(k, reg))
                .filter(k -> canAct(k, reg))
                .map(k -> SpeakersForces.of(k, reg));
      }
      if (agent.isEmpty() && military && !nominal) {
        // "A Kaldoran drone struck …": the country's adjective and a weapon name its forces.
        agent =
            WeaponsOfASide.of(
                text,
                new Span(Math.max(agentFrom, clauseStartOf(text, ss, trigger)), trigger.start()),
                mentions,
                reg);
      }
      if (agent.isEmpty() && military && byClaim.isEmpty()) {
        // "After the fall of X, its fighters advanced": in the report's own voice, the side it
        // named last.
        agent =
            PronounAgents.of(
                text, new Span(clauseStartOf(text, ss, trigger), trigger.start()), reg);
      }
      if (type == EventType.CAPTURE
          && entry.verbIs("enter")
          && OUTSKIRTS.matcher(text).region(trigger.end(), ss.end()).lookingAt()) {
        type = EventType.ADVANCE; // "entered the outskirts of X": closer, not in control
      }
      if (type == EventType.ATTACK && agent.isEmpty() && nominal) {
        // "blamed the shelling of the market on the rebels": whom the attack is blamed on
        agent = NounEventAgents.blamedOn(text, ss, trigger, mentions, reg);
      }
      if (type == EventType.ATTACK
          && agent.isEmpty()
          && nominal
          && NounEventAgents.leadingUp(text, ss, trigger)
          && DescribedMovers.kindOf(
                  text, new Span(Math.max(ss.start(), trigger.start() - 25), trigger.start()))
              .isEmpty()) {
        // "X seized Y after a week of air strikes": the strikes that prepared X's capture
        agent =
            out.stream()
                .filter(e -> e.type() == EventType.CAPTURE || e.type() == EventType.RECAPTURE)
                .reduce((first, second) -> second)
                .flatMap(Event::agentKey);
      }
      if (type == EventType.RECAPTURE && entry.verbIs("retake")) {
        type = Retakes.typeOf(agent, reg); // "retaken by" the side that is advancing: a capture
      }
      List<String> places = new ArrayList<>();
      if (agentFollows(text, ss, trigger) || passive(text, ss, trigger)) {
        // "the village was taken by X", "after the airstrip at Kelm Airbase was shelled"
        placeBefore(text, ss, trigger, mentions, reg).ifPresent(places::add);
        if (places.isEmpty()) {
          // "The crossing fell to the rebels": the place of that kind named last
          PlaceAnaphora.in(text, new Span(clauseStartOf(text, ss, trigger), trigger.start()), reg)
              .ifPresent(places::add);
        }
        if (places.isEmpty()) {
          // "areas across the country of Afghanistan that are being retaken by X"
          placeBeforeRelative(text, ss, trigger, mentions, reg).ifPresent(places::add);
        }
      }
      // what a passive tells of its subject was taken, even a whole country
      boolean subjectPlace = !places.isEmpty();
      for (Mention x : mentions) {
        // "abandoned the town of Meskel": a name may begin inside a trigger that ends in its kind
        if (x.span().start() >= trigger.start()
            && x.span().end() > trigger.end()
            && x.span().end() <= placesEnd
            && reg.typeOf(x.entityKey()).map(EntityType::isPlace).orElse(false)
            && !places.contains(x.entityKey())) {
          places.add(x.entityKey());
        }
      }
      if (places.isEmpty()) {
        // "the capture of the crossing", "withdrew from the town": the place of that kind named
        // last
        PlaceAnaphora.in(text, new Span(trigger.end(), placesEnd), reg).ifPresent(places::add);
      }
      if (places.isEmpty()) {
        // "Since its capture by the militia": the place the report just named
        PlaceAnaphora.ofIts(text, ss, trigger, reg).ifPresent(places::add);
      }
      if (places.isEmpty()) {
        // "government forces recaptured it", "an advance towards it": the place just named
        PlaceAnaphora.ofIt(text, trigger, placesEnd, reg).ifPresent(places::add);
      }
      if (places.isEmpty()) {
        // "Pishchane, a smaller village, where its units withdrew": where the clause is about
        placeOfWhere(text, ss, trigger, mentions, reg).ifPresent(places::add);
      }
      if (type == EventType.WITHDRAWAL
          && (entry.verbIs("leave") || entry.verbIs("depart"))
          && agent.isEmpty()
          && CIVILIANS
              .matcher(text)
              .region(clauseStartOf(text, ss, trigger), trigger.start())
              .find()) {
        continue; // "6,000 civilians have left the region": people fleeing, not forces pulling back
      }
      if (DEPARTURE_NOUNS.contains(t)) {
        Matcher leaving = FORCES_OR_MISSION_NEXT.matcher(text).region(trigger.end(), ss.end());
        if (!leaving.lookingAt()) {
          continue; // "the removal of the governor", "the departure of the president"
        }
        // "the removal of the United States mission": the country is whose forces leave, not where.
        for (Mention m : mentions) {
          if (m.span().start() >= trigger.end()
              && m.span().end() <= leaving.end()
              && reg.typeOf(m.entityKey()).orElse(null) == EntityType.COUNTRY) {
            places.remove(m.entityKey());
            if (agent.isEmpty()) {
              agent = Optional.of(reg.forcesOf(m.entityKey()));
            }
          }
        }
      }
      if (type == EventType.WITHDRAWAL
          && (entry.verbIs("leave") || entry.verbIs("depart"))
          && places.isEmpty()) {
        continue; // "left" without a place is rarely a withdrawal ("some have been left")
      }
      boolean forcesNamedAfter =
          nominal && FORCES.matcher(text).region(trigger.end(), placesEnd).find();
      if (type == EventType.RETREAT
          && !forcesNamedAfter
          && !forcesMove(text, ss, trigger, agent, reg)) {
        continue; // civilians fleeing or lorries crossing: no retreat
      }
      if (type == EventType.RETREAT
          && !entry.lemmaStarts("cross")
          && !crossesBorder(text, trigger, places, reg)) {
        // "army units fled towards Mellit": forces pulling back inside the country.
        type = EventType.WITHDRAWAL;
      }
      // The place acted on is the most specific one named: the town, not its country.
      places.sort(Comparator.comparingInt(k -> breadth(reg, k)));
      if ((type == EventType.CAPTURE || type == EventType.RECAPTURE || type == EventType.ATTACK)
          && !subjectPlace
          && !places.isEmpty()
          && places.stream()
              .allMatch(k -> reg.typeOf(k).orElse(EntityType.OTHER) == EntityType.COUNTRY)) {
        // "a customs post on the road to Mali": a country named near a capture is where a road
        // leads, not what was taken.
        places.clear();
      }
      if (agent.isEmpty()
          && nominal
          && !entry.lemmaStarts("lose control")
          && (type == EventType.CAPTURE || type == EventType.RECAPTURE)
          && !places.isEmpty()) {
        // "The fall of Mavuco follows weeks of fighting": a noun names a capture the report has
        // told, by whoever it said took the place.
        agent = reg.takerOf(places.get(0));
      }
      if (agent.isEmpty()
          && type == EventType.ATTACK
          && entry.form() == EventTriggers.Form.NOUN
          && DEFINITE_BEFORE.matcher(text).region(ss.start(), trigger.start()).find()) {
        // "The strike killed two people", "the strikes had hit a school": the attack just told
        agent = reg.lastAttacker();
      }
      if (agent.isEmpty() && (nominal || t.startsWith("the ")) && type == EventType.WITHDRAWAL) {
        // "Analysts say the withdrawal exposes the southern flank": the pull-back the report told.
        agent = reg.lastWithdrawer();
      }
      if (agent.isEmpty() && entry.lemmaStarts("lose to")) {
        continue; // "lost to injuries", "lost to the floods": no side took anything
      }
      if (places.isEmpty()
          && agent.isEmpty()
          && entry.form() == EventTriggers.Form.VERB
          && GENERIC_VERBS.stream().anyMatch(entry::lemmaStarts)) {
        // "prices fell to a record low", "pushed into poverty", "moved into a new office": these
        // verbs tell a military move only of a side or a place
        continue;
      }
      // the dateline's date is when the story was filed, not when its events happened
      Optional<TimeExpression> time =
          times.stream().filter(x -> x.span().start() >= storyStart).findFirst();
      out.add(
          new Event(
              firstIndex + out.size(),
              type,
              trigger,
              agent,
              places,
              time,
              quantities,
              ss,
              sentence.index(),
              byClaim));
    }
    return AdmittedLosses.added(out, claims, firstIndex);
  }

  /** "fled into neighbouring Chad", "to the neighbouring country": a border is crossed. */
  private static final Pattern INTO_NEIGHBOUR =
      Pattern.compile(
          "^[^.;]{0,40}?\\b(?:into|to)\\s+(?:the\\s+|its\\s+)?neighbou?ring\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the move crosses a border: across it, into a neighbouring country, or into a place that
   * is a country.
   */
  private static boolean crossesBorder(
      String text, Span trigger, List<String> places, EntityRegistry reg) {
    return ACROSS.matcher(text).region(trigger.end(), text.length()).lookingAt()
        || INTO_NEIGHBOUR.matcher(text).region(trigger.end(), text.length()).lookingAt()
        || places.stream()
            .anyMatch(
                k ->
                    reg.typeOf(k)
                        .map(t -> t == EntityType.COUNTRY || t == EntityType.BORDER)
                        .orElse(false));
  }

  /**
   * Whether an actor can capture, withdraw or attack: forces, groups, states, bodies; not a person
   * speaking of "our forces", nor the outlet.
   */
  private static boolean canAct(String key, EntityRegistry reg) {
    EntityType type = reg.typeOf(key).orElse(EntityType.OTHER);
    return type.isActor() && type != EntityType.PERSON && type != EntityType.NEWS_OUTLET;
  }

  /**
   * How wide a place is, for putting the most specific first: a town or crossing (0), a province or
   * border (1), a country (2). "the Afghanistan-Iran border crossing of Islam Qala" names the
   * crossing.
   */
  private static int breadth(EntityRegistry reg, String key) {
    return switch (reg.typeOf(key).orElse(EntityType.OTHER)) {
      case COUNTRY, STATE -> 2;
      case PROVINCE, BORDER -> 1;
      default -> 0;
    };
  }

  /** "entered the outskirts of", "entered the edge of": an advance, not a capture. */
  private static final Pattern OUTSKIRTS =
      Pattern.compile(
          "\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:outskirts|edge|edges|suburbs|approaches|outer\\s+districts)"
              + "\\s+of\\b",
          Pattern.CASE_INSENSITIVE);

  /** ", where" opening the trigger's clause: the clause tells of the place before the comma. */
  private static final Pattern WHERE = Pattern.compile(",\\s+where\\s+");

  /**
   * The place a ", where …" clause holding the trigger is about: the last place before the comma.
   */
  private static Optional<String> placeOfWhere(
      String text, Span ss, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    int clause = clauseStartOf(text, ss, trigger);
    Matcher where = WHERE.matcher(text).region(Math.max(ss.start(), clause - 12), trigger.start());
    int comma = -1;
    while (where.find()) {
      comma = where.start();
    }
    if (comma < 0) {
      return Optional.empty();
    }
    Optional<String> place = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().start() >= ss.start()
          && m.span().end() <= comma
          && reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false)) {
        place = Optional.of(m.entityKey());
      }
    }
    return place;
  }

  /** Whether the trigger is a passive participle: "was shelled", "had been overrun". */
  private static boolean passive(String text, Span ss, Span trigger) {
    int from = Math.max(ss.start(), trigger.start() - 20);
    return PASSIVE_BEFORE.matcher(text.substring(from, trigger.start())).matches();
  }

  /** Where the clause of a trigger starts: after the last clause break before it. */
  private static int clauseStartOf(String text, Span ss, Span trigger) {
    int from = ss.start();
    Matcher c = CLAUSE_BREAK.matcher(text).region(ss.start(), trigger.start());
    while (c.find()) {
      from = c.end();
    }
    return from;
  }

  /** The actor a by-phrase names ("an attempt by X to …"), else the side its words describe. */
  private static Optional<String> byPhraseActor(
      String text, Span phrase, List<Mention> mentions, EntityRegistry reg) {
    Matcher by = BY_WORD.matcher(text).region(phrase.start(), phrase.end());
    if (!by.find()) {
      return Optional.empty(); // "an attempt to advance": who attempted is not said here
    }
    Span named = new Span(by.end(), phrase.end());
    return mentions.stream()
        .filter(m -> named.contains(m.span()) && isActor(m, reg))
        .map(Mention::entityKey)
        .findFirst()
        .or(() -> DescribedMovers.of(text, named, reg));
  }

  /** Whether a place is named right after the trigger: "took Bardai", "took the town of X". */
  private static boolean placeNext(
      String text, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    if (PlaceAnaphora.kindNext(text, trigger)) {
      return true; // "took the town in a few hours": a place named by its kind
    }
    for (Mention m : mentions) {
      if (m.span().start() >= trigger.end()
          && m.span().start() - trigger.end() <= 20
          && reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false)) {
        return SPACES_AND_LETTERS
            .matcher(text.substring(trigger.end(), m.span().start()))
            .matches();
      }
    }
    return false;
  }

  /** Between an actor's name and the attack noun: nothing but blanks ("an RSF attack"). */
  private static final Pattern NOUN_MODIFIER_GAP = Pattern.compile("\\s+(?:-led\\s+)?");

  /** Nouns an actor's name can modify: "an RSF attack", "a Taliban offensive". */
  private static final Pattern ATTACK_NOUN =
      Pattern.compile(
          "(?i)(?:attacks?|assaults?|offensives?|raids?|ambush(?:es)?|strikes?|bombardments?"
              + "|shelling|incursions?)\\b.*");

  private static Optional<String> actorNamingTheNoun(
      String text, Span ss, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    if (!ATTACK_NOUN.matcher(trigger.quote(text)).matches()) {
      return Optional.empty(); // "repelled an attack": the trigger opens with the defender's verb
    }
    for (Mention m : mentions) {
      if (m.span().end() <= trigger.start()
          && m.span().start() >= ss.start()
          && trigger.start() - m.span().end() <= 8
          && isActor(m, reg)
          && NOUN_MODIFIER_GAP.matcher(text).region(m.span().end(), trigger.start()).matches()) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }

  /** After "the capture of": a person, by name or by what they are, is taken, not a place. */
  private static final Pattern PERSON_TAKEN =
      Pattern.compile(
          // the words before the person may not open the captor ("the capture of X by fighters")
          "^\\s*(?:(?:the|a|an|its|their|his|her)\\s+)?(?:(?!(?:by|in|from|near|to|of|at)\\b)"
              + "[\\w'’-]+\\s+){0,3}?(?:leader|commander"
              + "|chief|head|spokes(?:man|woman|person)|suspects?|militants?|gunmen|soldiers?"
              + "|fighters|officers?|hostages|prisoners|men)\\b",
          Pattern.CASE_INSENSITIVE);

  private static boolean personTaken(
      String text, Span ss, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    if (PERSON_TAKEN.matcher(text).region(trigger.end(), ss.end()).lookingAt()) {
      return true;
    }
    for (Mention m : mentions) {
      if (m.span().start() >= trigger.end() && m.span().start() - trigger.end() <= 12) {
        return reg.typeOf(m.entityKey()).map(t -> t == EntityType.PERSON).orElse(false);
      }
    }
    return false;
  }

  /**
   * Whether what is captured is people or gear: the object after an active trigger ("captured 12
   * vehicles") or the subject before a passive one ("three soldiers were captured").
   */
  private static boolean prisonersOrGear(String text, Span ss, Span trigger) {
    int after = Math.min(ss.end(), trigger.end() + 30);
    Matcher object = PEOPLE_OR_GEAR.matcher(text).region(trigger.end(), after);
    // After "fell to" or "taken by" come the captors, not the captured.
    if (!agentFollows(text, ss, trigger)
        && object.find()
        && !OF_A_SETTLEMENT.matcher(text.substring(trigger.end(), object.start())).matches()) {
      return true;
    }
    int from = Math.max(ss.start(), trigger.start() - 40);
    String before = text.substring(from, trigger.start());
    return PASSIVE_BEFORE.matcher(before).matches() && PEOPLE_OR_GEAR.matcher(before).find();
  }

  /** Events in which forces themselves move: pull-backs, retreats and advances. */
  private static boolean forcesMove(EventType type) {
    return type == EventType.WITHDRAWAL || type == EventType.RETREAT || type == EventType.ADVANCE;
  }

  /** A government or a ministry: a body that orders moves its forces make. */
  private static boolean governs(String key, EntityRegistry reg) {
    EntityType t = reg.typeOf(key).orElse(EntityType.OTHER);
    return t == EntityType.GOVERNMENT || t == EntityType.MINISTRY;
  }

  /** Whether the ones crossing or fleeing are forces: named as such, or an armed actor. */
  private static boolean forcesMove(
      String text, Span ss, Span trigger, Optional<String> agent, EntityRegistry reg) {
    if (agent
        .flatMap(reg::typeOf)
        .map(
            k ->
                k == EntityType.MILITARY_FORCE
                    || k == EntityType.ARMED_GROUP
                    || k == EntityType.STATE)
        .orElse(false)) {
      return true;
    }
    int from = ss.start();
    Matcher c = CLAUSE_BREAK.matcher(text).region(ss.start(), trigger.start());
    while (c.find()) {
      from = c.end();
    }
    return FORCES.matcher(text).region(from, trigger.start()).find();
  }

  private static Optional<String> agent(
      String text, Span ss, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    if (agentFollows(text, ss, trigger)) {
      // The agent of a passive ("was taken by X") or of "fell to X" is named right after, or after
      // its members ("fell to fighters of the X").
      int sideStart = MembersOf.sideStart(text, trigger.end(), ss.end());
      for (Mention m : mentions) {
        if (m.span().start() >= trigger.end()
            && m.span().start() - sideStart <= AGENT_AFTER_REACH) {
          if (isActor(m, reg)) {
            return Optional.of(m.entityKey());
          }
          if (reg.typeOf(m.entityKey()).orElse(null) == EntityType.COUNTRY) {
            // "was retaken by Ukraine": a country that takes a town acts as a state.
            String country = m.entityKey();
            return Optional.of(
                reg.ensure(
                    Gazetteer.stateKey(country),
                    reg.labelOf(country).orElse(country),
                    EntityType.STATE));
          }
        }
      }
      // "fell to the rebels", "taken by soldiers": a side the report named before.
      int reach = Math.min(ss.end(), trigger.end() + AGENT_AFTER_REACH + 12);
      return DescribedMovers.of(text, new Span(trigger.end(), reach), reg);
    }
    int clauseStart = ss.start();
    int breakStart = -1;
    Matcher c = CLAUSE_BREAK.matcher(text).region(ss.start(), trigger.start());
    while (c.find()) {
      clauseStart = c.end();
      breakStart = c.start();
    }
    boolean relative =
        breakStart >= 0 && RELATIVE.matcher(text).region(breakStart, clauseStart).matches();
    if (relative && text.substring(clauseStart, trigger.start()).contains(",")) {
      // "The militia, which has fought the government since 2022, took the pass": the relative
      // clause closed before the trigger, whose subject is what the clause was about
      return antecedent(text, breakStart, mentions, reg);
    }
    for (Mention m : mentions) {
      if (m.span().start() >= clauseStart && m.span().end() <= trigger.start() && isActor(m, reg)) {
        return Optional.of(m.entityKey());
      }
    }
    if (relative) {
      return antecedent(text, breakStart, mentions, reg);
    }
    return DescribedMovers.of(text, new Span(clauseStart, trigger.start()), reg);
  }

  /**
   * ", which took Gharyan", ", who seized the town": a relative clause, acting for what it follows.
   */
  private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:which|who)\\s+");

  /** What stands right before a relative clause: "The Libyan National Army (LNA), which …". */
  private static final Pattern BEFORE_RELATIVE =
      Pattern.compile("[\\s)]*(?:\\([^)]{1,20}\\))?[\\s)]*");

  private static Optional<String> antecedent(
      String text, int comma, List<Mention> mentions, EntityRegistry reg) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.span().end() <= comma) {
        boolean adjacent = BEFORE_RELATIVE.matcher(text).region(m.span().end(), comma).matches();
        return adjacent && isActor(m, reg) ? Optional.of(m.entityKey()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "came under the control of", "falls into the hands of", "coming under fire from". */
  private static final Pattern PASSED_TO_IDIOM =
      Pattern.compile("(?:c[oa]m(?:e|es|ing)|f[ae]ll(?:s|en|ing)?)\\s+(?:under|into)\\b");

  /** Whether the trigger's agent comes after it: "taken by X", "retaken by X", "fell to X". */
  private static boolean agentFollows(String text, Span ss, Span trigger) {
    String t = trigger.quote(text).toLowerCase();
    return BY_AGENT.matcher(text).region(trigger.end(), ss.end()).lookingAt()
        || t.endsWith(" by")
        || t.endsWith(" to")
        // "came under the control of X", "fell into the hands of X": X took it
        || PASSED_TO_IDIOM.matcher(t).lookingAt();
  }

  /**
   * The place of a passive or of "fell to": the subject before the trigger ("Kupiansk fell to …",
   * "the village was taken by …"), the last place named in the clause.
   */
  private static Optional<String> placeBefore(
      String text, Span ss, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    int clauseStart = ss.start();
    Matcher c = CLAUSE_BREAK.matcher(text).region(ss.start(), trigger.start());
    while (c.find()) {
      clauseStart = c.end();
    }
    Optional<String> place = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().start() >= clauseStart
          && m.span().end() <= trigger.start()
          && reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false)) {
        place = Optional.of(m.entityKey());
      }
    }
    return place;
  }

  /** "… that are", ", which were": a relative pronoun opening the clause before the trigger. */
  private static final Pattern RELATIVE_BEFORE =
      Pattern.compile("(?:,\\s+)?\\b(?:that|which)\\s+$", Pattern.CASE_INSENSITIVE);

  /** How far before a relative pronoun the place it stands for may end. */
  private static final int RELATIVE_REACH = 60;

  /**
   * The place a relative pronoun stands for when the trigger's clause is a passive relative clause:
   * "the areas across the country of Afghanistan that are being retaken" names Afghanistan.
   */
  private static Optional<String> placeBeforeRelative(
      String text, Span ss, Span trigger, List<Mention> mentions, EntityRegistry reg) {
    int clauseStart = clauseStartOf(text, ss, trigger);
    Matcher rel =
        RELATIVE_BEFORE.matcher(text).region(Math.max(ss.start(), clauseStart - 10), clauseStart);
    if (clauseStart == ss.start() || !rel.find()) {
      return Optional.empty();
    }
    Optional<String> place = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().start() >= ss.start()
          && m.span().end() <= rel.start()
          && rel.start() - m.span().end() <= RELATIVE_REACH
          && reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false)) {
        place = Optional.of(m.entityKey());
      }
    }
    return place;
  }

  private static boolean isActor(Mention m, EntityRegistry reg) {
    return reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false);
  }
}
