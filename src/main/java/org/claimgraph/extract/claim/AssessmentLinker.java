package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.lexicon.PatternGates;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.MentionKind;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;

/**
 * Finds verification phrases ({@code verification.tsv}) and attaches each to the claim it speaks
 * about: a claim earlier in the same sentence, else the one of the previous sentences that the
 * {@link AssessedClaimChooser} picks; footage may speak about the last event instead. Thread-safe.
 */
public final class AssessmentLinker {

  private static final Pattern UNNAMED = UnnamedSources.bundled().several();

  /**
   * "either side's account", "neither side's figures", "neither account", "either version": a
   * phrase about both sides' claims.
   */
  private static final Pattern BOTH_SIDES =
      Pattern.compile(
          "\\b(?:either|neither|both)\\s+(?:side|sides|party|parties|account|accounts|version"
              // "Neither figure could be independently verified", "both tolls"
              + "|versions|claim|claims|figure|figures|toll|tolls|number|numbers|report|reports)"
              + "(?:['’]s?)?(?:\\s|[.,;]|$)"
              // "which side controls the village", "claims about both": the sides' claims too
              + "|\\bwhich\\s+side\\b|\\b(?:claims|accounts|versions)\\s+(?:about|from|of|by)\\s+both\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * "confirmed the figure", "confirmed the arrests", "confirmed it": a confirmation whose object is
   * a short definite phrase pointing back at what was told has no content of its own, and speaks
   * about the claim told before.
   */
  private static final Pattern REFERENCE_ONLY =
      Pattern.compile(
          "(?:it|this|that|them|(?:the|this|that|these|those|its|their)\\s+(?:[\\w'’-]+\\s+){0,2}"
              + "(?:claims?|figures?|reports?|accounts?|tolls?|numbers?|statements?|versions?"
              + "|allegations?|accusations?|estimates?|capture|fall|seizure|takeover|withdrawal"
              + "|loss|deaths?|attacks?|arrests?|killings?|strikes?|casualties))[.,;]?",
          Pattern.CASE_INSENSITIVE);

  /** An assessment about numbers: "none of the figures", "the toll could not be verified". */
  private static final Pattern FIGURES =
      Pattern.compile(
          "\\b(?:figures?|tolls?|numbers?|tally|casualty|casualties|estimates?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NUMBER =
      Pattern.compile(
          "\\d|\\b(?:dozens|scores|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten"
              + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * "a video that it said showed …": footage as a speaker describes it is part of that speaker's
   * claim, not a check of it by anyone else.
   */
  private static final Pattern SPEAKER_DESCRIBES =
      Pattern.compile("\\b(?:said|says|claimed|claims|alleged|alleges)\\b");

  /**
   * "the footage did not show", "images never showed": footage that fails to show is no support.
   */
  private static final Pattern NOT_SHOWN =
      Pattern.compile(
          "\\b(?:not|never)\\s+(?:\\w+\\s+)?show|n['’]t\\s+show", Pattern.CASE_INSENSITIVE);

  /** "images … show no sign of fighting": what follows the verb says nothing is shown. */
  private static final Pattern SHOWS_NOTHING =
      Pattern.compile("\\s+(?:no|nothing|none)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * How many sentences back a denial that names no claim ("The army denied the claim.") may reach:
   * the other side's claim is often told a sentence or two before the denial, with the narrator's
   * detail in between; a check ("could not be verified") speaks of the sentence just before.
   */
  private static final int DISPUTE_REACH = 3;

  /**
   * How far, in characters, a party's denial may follow its own dispute to be the same dispute told
   * again: the rest of the sentence or the next one.
   */
  private static final int SAME_DISPUTE_CHARS = 300;

  /**
   * A party's denial ("denied the claim", "rejected these figures"), which answers the other side
   * however far back it spoke; a narrator's doubt ("few observers believe it") speaks of what was
   * just told.
   */
  private static final Pattern DENIAL_VERB =
      Pattern.compile(
          "\\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disput(?:es|ed)"
              + "|refut(?:es|ed)|contest(?:s|ed))\\b",
          Pattern.CASE_INSENSITIVE);

  /** A negation just before a denial verb: "neither confirm nor deny it", "did not reject it". */
  private static final Pattern NOT_DENIED =
      Pattern.compile(
          "\\b(?:nor|not|never|neither|n['’]t|refused\\s+to|declined\\s+to)\\s+(?:\\w+ly\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * ", whose fighters fly the drones, disputed": a relative clause or an aside between a subject
   * and its verb.
   */
  private static final Pattern RELATIVE_CLAUSE =
      Pattern.compile(
          ",\\s+(?:who|whose|which|which\\s+\\w+)\\b[^,;.]{1,100},\\s*(?:(?:has|have|had|also|later|quickly)\\s+)*",
          Pattern.CASE_INSENSITIVE);

  /** "the ministry's account": the one named is whose account it is, not who disputes it. */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\b");

  /**
   * "footage published by the group", "a video posted by the army": who published the footage is
   * not who checked it.
   */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "\\b(?:published|posted|shared|released|circulated|distributed|filmed|issued)\\s*$");

  /**
   * How many sentences back a check may pass over comments to the latest claim that tells a fact.
   */
  private static final int FACT_REACH = 3;

  /** A figure written in digits: "34", "1,850", "4.2". */
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*\\d|\\d");

  /** Where one clause of a sentence ends and another begins. */
  private static final Pattern CLAUSE_JOIN =
      Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+|;\\s+");

  /**
   * "did not confirm", "would not confirm": a party declining to comment, which says nothing about
   * whether the claim can be checked (unlike "could not confirm", an attempt that failed).
   */
  private static final Pattern REFUSAL_BEFORE =
      Pattern.compile("\\b(?:did|does|do|would|will)\\s+$", Pattern.CASE_INSENSITIVE);

  /** What may stand between a subject and its verification phrase: auxiliaries, "so far". */
  private static final Pattern AUXILIARIES =
      Pattern.compile(
          "\\s*(?:(?:was|were|is|are|has|have|had|been|could|can|did|does|do|also|still|so\\s+far"
              + "|yet)\\s+)*");

  /**
   * All verification phrases as one alternation, tried in lexicon order at each position: one pass
   * over the sentence instead of one per phrase. Group {@code p{i}} is row i of the lexicon.
   */
  private final Pattern phrases;

  private final List<AssessmentValue> values = new ArrayList<>();

  /** The rows' regexes. */
  private final List<String> rowPatterns = new ArrayList<>();

  /**
   * Which rows a sentence may match, from the words each row's regex cannot match without: most
   * sentences have none of them and skip the patterns. The words are read off the regexes, not kept
   * by hand (the stems column of the lexicon is no longer read: rows added with patterns wider than
   * their stems were silently never tried).
   */
  private final PatternGates rowGates;

  /**
   * The alternation of only the rows whose stems a sentence has, by the set of rows: rows that
   * cannot match anywhere in the sentence never win a position, so the matches are those of the
   * full alternation, found with fewer phrases tried at each position. Few sets occur.
   */
  private final Map<Long, Alternation> bySubset = new ConcurrentHashMap<>();

  private record Alternation(Pattern pattern, int[] rows) {}

  public AssessmentLinker() {
    StringBuilder alternation = new StringBuilder();
    for (String[] row : VerificationGrammar.rows()) {
      Pattern.compile(row[0]); // a bad row fails here, naming itself
      if (alternation.length() > 0) {
        alternation.append('|');
      }
      alternation.append("(?<p").append(values.size()).append('>').append(row[0]).append(')');
      values.add(AssessmentValue.valueOf(row[1]));
      rowPatterns.add(row[0]);
    }
    phrases = Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE);
    rowGates =
        new PatternGates(
            rowPatterns.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList());
  }

  /**
   * The alternation of the rows worth trying on this sentence (a row is, when the sentence has one
   * of the words its regex needs, or the regex needs none), or null when none is: a cheap test
   * before the patterns.
   */
  private Alternation alternationFor(String text, Span ss) {
    if (rowPatterns.size() > Long.SIZE) {
      int[] all = new int[rowPatterns.size()];
      Arrays.setAll(all, i -> i);
      return new Alternation(phrases, all);
    }
    long[] bits = rowGates.admitted(text, ss.start(), ss.end()).toLongArray();
    long mask = bits.length == 0 ? 0 : bits[0];
    return mask == 0 ? null : bySubset.computeIfAbsent(mask, this::compile);
  }

  private Alternation compile(long mask) {
    StringBuilder alternation = new StringBuilder();
    int[] rows = new int[Long.bitCount(mask)];
    int n = 0;
    for (int i = 0; i < rowPatterns.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        if (alternation.length() > 0) {
          alternation.append('|');
        }
        alternation.append("(?<p").append(i).append('>').append(rowPatterns.get(i)).append(')');
        rows[n++] = i;
      }
    }
    return new Alternation(Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE), rows);
  }

  /**
   * Whether the sentence holds a verification phrase, even one that found no claim to speak about:
   * such a sentence is a comment on claims, not a claim.
   */
  public boolean speaksOfVerification(String text, Sentence sentence) {
    Span ss = sentence.span();
    Alternation tried = alternationFor(text, ss);
    return tried != null && tried.pattern().matcher(text).region(ss.start(), ss.end()).find();
  }

  private AssessmentValue valueOf(Matcher m, int[] rows) {
    for (int i : rows) {
      if (m.start("p" + i) >= 0) {
        return values.get(i);
      }
    }
    throw new IllegalStateException("a match belongs to one phrase");
  }

  public List<Assessment> link(
      String text,
      Sentence sentence,
      List<Mention> mentions,
      EntityRegistry reg,
      List<Claim> claims,
      List<Event> events,
      List<Assessment> earlier) {
    int firstIndex = earlier.size();
    Span ss = sentence.span();
    List<Assessment> out = new ArrayList<>();
    List<Span> used = new ArrayList<>();
    Alternation tried = alternationFor(text, ss);
    if (tried == null || isQuestion(text, ss)) {
      // "Do you deny that?", "Can this be verified?": a question assesses nothing.
      return out;
    }
    // Footage shows what happened on the ground: the claims that tell an event.
    Set<Integer> claimsTellingEvents = new HashSet<>();
    events.forEach(e -> e.reportedByClaim().ifPresent(claimsTellingEvents::add));
    Matcher m = tried.pattern().matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      AssessmentValue value = valueOf(m, tried.rows());
      Span ev = new Span(m.start(), m.end());
      if (used.stream().anyMatch(u -> u.overlaps(ev))) {
        continue;
      }
      if (value == AssessmentValue.SHOWN_BY_FOOTAGE
          && (SPEAKER_DESCRIBES.matcher(ev.quote(text)).find()
              || NOT_SHOWN.matcher(ev.quote(text)).find()
              || SHOWS_NOTHING.matcher(text).region(ev.end(), ss.end()).lookingAt())) {
        continue;
      }
      Optional<String> author = Optional.empty();
      SourceKind kind = SourceKind.REPORTING_OUTLET;
      Matcher u = UNNAMED.matcher(text).region(ss.start(), ss.end());
      if (value == AssessmentValue.REPORTED_BY_SEVERAL) {
        kind =
            SourceKind.UNNAMED_SOURCES; // "several reports confirmed": the reports, not the outlet
      } else if (value == AssessmentValue.CONFIRMED && u.find()) {
        kind = SourceKind.UNNAMED_SOURCES;
      }
      if (value == AssessmentValue.DISPUTED
          && NOT_DENIED
              .matcher(text)
              .region(Math.max(ss.start(), ev.start() - 30), ev.start())
              .find()) {
        continue; // "would neither confirm nor deny it", "did not deny it": no dispute
      }
      boolean dismissal = Dismissals.isDismissal(ev.quote(text));
      boolean aside = text.charAt(ev.start()) == ',';
      if (aside && value == AssessmentValue.DISPUTED) {
        // ", which the army denies": who denies is named in the aside, and is never the speaker
        // whose words the aside follows.
        Optional<String> speaker = speakerOf(claims, sentence, ev);
        author =
            firstActorWithin(text, mentions, reg, ev).filter(a -> !speaker.equals(Optional.of(a)));
      } else if (dismissal) {
        // "Mr Reiter says many things": the one named is the one dismissed, not who dismisses.
        author =
            ClaimantResolver.turnSpeaker(text, ss, reg).or(() -> speakerOf(claims, sentence, ev));
      } else if (value == AssessmentValue.DISPUTED) {
        author = subjectBefore(text, mentions, reg, ev);
        if (author.isEmpty()) {
          // "a figure that the defence ministry rejected": who disputes is inside the phrase.
          author = firstActorWithin(text, mentions, reg, ev);
        }
      } else {
        // "Reuters was unable to verify", "AP could not confirm": an outlet speaking of itself.
        author = subjectOf(text, mentions, reg, ev);
      }
      if (author.isEmpty() && !aside) {
        // "was confirmed by the Red Crescent", "disputed by the government": the agent names who.
        author = agentAfter(text, mentions, reg, ev, ss);
      }
      if (author.isEmpty() && !aside) {
        // "I can't confirm that", "There is no way to check": in a transcript, the one answering.
        author = ClaimantResolver.turnSpeaker(text, ss, reg);
      }
      if (author.isEmpty() && !aside) {
        // "The UN said the town remained contested": the one whose words hold the phrase.
        author = speakerOf(claims, sentence, ev);
      }
      if (value == AssessmentValue.REPORTED_BY_SEVERAL) {
        // "Three witnesses interviewed by Reuters confirmed": the several sources corroborate,
        // whoever is named beside them (the outlet that interviewed them) does not.
        author = Optional.empty();
      }
      if (value == AssessmentValue.CANNOT_BE_VERIFIED
          && declinedToComment(text, ss, ev)
          && !author.flatMap(reg::typeOf).equals(Optional.of(EntityType.NEWS_OUTLET))) {
        continue;
      }
      if (author.isPresent()) {
        kind = SourceKind.NAMED;
      }
      List<OptionalInt> targets =
          targets(
              text,
              claims,
              sentence,
              ev,
              value,
              mentions,
              reg,
              author,
              claimsTellingEvents,
              earlier);
      if (value == AssessmentValue.SHOWN_BY_FOOTAGE && targets.isEmpty()) {
        targets = VisualChecks.continuing(earlier, claims, ss).map(List::of).orElse(List.of());
      }
      OptionalInt event = OptionalInt.empty();
      if (value == AssessmentValue.SHOWN_BY_FOOTAGE && targets.isEmpty()) {
        event = lastEvent(events, sentence);
      }
      if (targets.isEmpty() && event.isEmpty()) {
        continue;
      }
      used.add(ev);
      if (targets.isEmpty()) {
        targets = List.of(OptionalInt.empty());
      }
      for (OptionalInt claim : targets) {
        out.add(
            new Assessment(
                firstIndex + out.size(), claim, event, value, author, kind, ev.quote(text), ev));
      }
    }
    return out;
  }

  /**
   * A denial disputes what someone else said just before: "The rebels said they held the town. The
   * army denied it." Each new denial becomes a DISPUTED assessment, by the denier, of an earlier
   * claim of another speaker in the last three sentences: the one that shares most with the
   * denial's words (see {@link AssessedClaimChooser}), else the latest.
   */
  public List<Assessment> denials(
      String text,
      List<Claim> found,
      List<Claim> all,
      List<Assessment> earlier,
      EntityRegistry reg,
      int firstIndex) {
    List<Assessment> out = new ArrayList<>();
    for (Claim d : found) {
      // "X said it still held the town" answers the claim that it was taken, as a denial does.
      boolean counter =
          d.stance().coarse() == Stance.ASSERTS
              && d.claimantKey().isPresent()
              && CounterClaims.holdsItsGround(d.content().quote(text));
      if (d.stance() != Stance.DENIES && !counter) {
        continue;
      }
      // A denial in a transcript turn answers the question just before it, not the whole briefing.
      int oldest =
          TurnStatements.isTurnCue(d.cue())
              ? d.sentenceIndex() - 3
              : counter ? d.sentenceIndex() - CounterClaims.REACH : Integer.MIN_VALUE;
      Predicate<Claim> eligible =
          c ->
              c.index() != d.index()
                  && c.sentenceIndex() >= oldest
                  && c.content().end() <= Math.min(d.cueSpan().start(), d.content().start())
                  && !(c.claimantKey().isPresent() && c.claimantKey().equals(d.claimantKey()))
                  && c.stance() != Stance.DENIES
                  && (!counter || CounterClaims.answers(text, d, c, reg));
      List<Claim> candidates = AssessedClaimChooser.candidates(all, d.sentenceIndex(), eligible);
      Set<String> named = new HashSet<>();
      d.aboutKeys().stream().filter(k -> specific(reg, k)).forEach(named::add);
      // "dismissed the militia's claim as lies": the object names whose claim it is.
      Span object = new Span(d.cueSpan().end(), Math.max(d.cueSpan().end(), d.content().end()));
      reg.mentions().stream()
          .filter(m -> object.contains(m.span()) && specific(reg, m.entityKey()))
          .forEach(m -> named.add(m.entityKey()));
      d.claimantKey().ifPresent(named::remove);
      Set<String> words = SharedWords.stems(text, d.content());
      Optional<Claim> chosen =
          AssessedClaimChooser.choose(
              candidates,
              named,
              c -> namedOutright(reg, c),
              c -> SharedWords.count(words, text, c.content()),
              d.sentenceIndex(),
              AssessedClaimChooser.REACH);
      // The same party disputing the same claim again ("That is false. No soldier left.") is one
      // dispute; so is its denial right after its dismissal ("She dismissed the claim as lies.
      // \"No town is under their control,\" she said."), whichever claim the words seem to answer.
      int from =
          Math.min(d.claimantSpan().start(), Math.min(d.cueSpan().start(), d.content().start()));
      int to = Math.max(d.claimantSpan().end(), Math.max(d.cueSpan().end(), d.content().end()));
      // "The army dismissed it as propaganda." with no army to name: the phrase already made this
      // dispute from the same words.
      boolean toldByAPhrase =
          d.claimantKey().isEmpty()
              && earlier.stream()
                  .anyMatch(
                      a ->
                          a.value() == AssessmentValue.DISPUTED
                              && a.evidence().overlaps(new Span(from, to)));
      if (chosen.isPresent()
          && !toldByAPhrase
          && earlier.stream()
              .noneMatch(
                  a ->
                      a.value() == AssessmentValue.DISPUTED
                          && (a.claimIndex().equals(OptionalInt.of(chosen.get().index()))
                              || a.evidence().end() <= from
                                  && from - a.evidence().end() <= SAME_DISPUTE_CHARS)
                          && a.authorKey().isPresent()
                          && a.authorKey().equals(d.claimantKey()))) {
        Claim c = chosen.get();
        out.add(
            new Assessment(
                firstIndex + out.size(),
                OptionalInt.of(c.index()),
                OptionalInt.empty(),
                AssessmentValue.DISPUTED,
                d.claimantKey(),
                d.claimantKey().isPresent() ? SourceKind.NAMED : d.claimantKind(),
                d.cue(),
                // The denial's words in whichever order they come ("…, X denied" too).
                new Span(
                    Math.min(
                        d.claimantSpan().start(),
                        Math.min(d.cueSpan().start(), d.content().start())),
                    Math.max(
                        d.claimantSpan().end(), Math.max(d.cueSpan().end(), d.content().end())))));
      }
    }
    return out;
  }

  /**
   * The claims spoken about: one earlier in this sentence, else the one of the previous sentences
   * that the {@link AssessedClaimChooser} picks; never one of the assessor's own. "Either side's
   * account" or "neither side's figures" speaks about two claims: the chosen one and the nearest of
   * another claimant.
   */
  private static List<OptionalInt> targets(
      String text,
      List<Claim> claims,
      Sentence s,
      Span ev,
      AssessmentValue v,
      List<Mention> mentions,
      EntityRegistry reg,
      Optional<String> author,
      Set<Integer> claimsTellingEvents,
      List<Assessment> earlier) {
    // "Several reports confirmed that X" assesses X; "officials confirmed the capture" has no X of
    // its own and speaks about the claim told before.
    boolean selfConfirming =
        v == AssessmentValue.CONFIRMED || v == AssessmentValue.REPORTED_BY_SEVERAL;
    Predicate<Claim> notTheAssessors = c -> author.isEmpty() || !author.equals(c.claimantKey());
    for (int i = claims.size() - 1; i >= 0; i--) {
      Claim c = claims.get(i);
      if (c.sentenceIndex() == s.index()
          && notTheAssessors.test(c)
          && (selfConfirming
                  && c.cueSpan().overlaps(ev)
                  && !ev.contains(c.content())
                  && !REFERENCE_ONLY.matcher(c.content().quote(text)).matches()
              || c.cueSpan().end() <= ev.start())) {
        return List.of(OptionalInt.of(c.index()));
      }
    }
    // What the phrase's own clause names ("the militia's claim"), not a clause joined after it.
    int clauseStart = s.span().start();
    int clauseEnd = s.span().end();
    Matcher b = CLAUSE_JOIN.matcher(text).region(s.span().start(), s.span().end());
    while (b.find()) {
      if (b.end() <= ev.start()) {
        clauseStart = b.end();
      } else if (b.start() >= ev.end()) {
        clauseEnd = b.start();
        break;
      }
    }
    Set<String> named = new HashSet<>();
    for (Mention m : mentions) {
      if (m.span().start() >= clauseStart
          && m.span().end() <= clauseEnd
          && !author.equals(Optional.of(m.entityKey()))
          && specific(reg, m.entityKey())) {
        named.add(m.entityKey());
      }
    }
    // A denial does not speak about another denial.
    Predicate<Claim> eligible =
        notTheAssessors.and(
            c ->
                c.sentenceIndex() < s.index()
                    && (v != AssessmentValue.DISPUTED || c.stance() != Stance.DENIES));
    List<Claim> candidates = AssessedClaimChooser.candidates(claims, s.index(), eligible);
    // An answer speaks about what the question before it quoted: "X says … Can you confirm that?"
    int reach = afterAQuestion(text, s.span()) ? 2 : 1;
    if (v == AssessmentValue.DISPUTED && DENIAL_VERB.matcher(ev.quote(text)).find()) {
      reach = Math.max(reach, DISPUTE_REACH);
    }
    boolean bothSides = BOTH_SIDES.matcher(text).region(s.span().start(), s.span().end()).find();
    if (bothSides) {
      // "It was impossible to check either claim": the two claims of the dispute just told, which
      // often takes a claim, a denial and the denier's words.
      reach = Math.max(reach, DISPUTE_REACH);
    }
    if (v == AssessmentValue.SHOWN_BY_FOOTAGE) {
      // "Videos shared online show armed men at the market": footage bears on a claim that tells
      // an event (a capture, a withdrawal) and shares its names or words, not on the toll or the
      // denial told last.
      List<Claim> telling =
          candidates.stream().filter(c -> claimsTellingEvents.contains(c.index())).toList();
      if (!telling.isEmpty()) {
        candidates = telling;
      }
    }
    if (FIGURES.matcher(text).region(clauseStart, clauseEnd).find()) {
      // "None of the figures could be verified": the claims that give a number, however far;
      // "called the army's figure a fairy tale": the army's claims that give one, not its others.
      List<Claim> counted =
          candidates.stream().filter(c -> NUMBER.matcher(c.content().quote(text)).find()).toList();
      if (!counted.isEmpty()) {
        candidates = counted;
        reach = AssessedClaimChooser.REACH;
      }
      // "The toll of 34 dead was confirmed": the claim that gives that very number.
      Matcher n = DIGITS.matcher(text).region(clauseStart, clauseEnd);
      if (n.find()) {
        String figure = n.group();
        Pattern same = Pattern.compile("(?<![\\d.,])" + Pattern.quote(figure) + "(?![\\d.,]\\d)");
        List<Claim> giving =
            candidates.stream().filter(c -> same.matcher(c.content().quote(text)).find()).toList();
        if (!giving.isEmpty()) {
          candidates = giving;
        }
      }
    }
    if (!candidates.isEmpty()) {
      // "… she said. What we found: The claim could not be verified.": a heading or another check
      // between is passed over, not counted as the sentence the check speaks after.
      reach +=
          QuietGap.count(
              text, new Span(candidates.get(0).content().end(), s.span().start()), earlier);
    }
    Set<String> words = SharedWords.stems(text, new Span(clauseStart, clauseEnd));
    Optional<Claim> chosen =
        AssessedClaimChooser.choose(
            candidates,
            named,
            c -> namedOutright(reg, c),
            c -> SharedWords.count(words, text, c.content()),
            s.index(),
            reach);
    if (chosen.isEmpty()) {
      return List.of();
    }
    if (named.isEmpty()
        && (v == AssessmentValue.CANNOT_BE_VERIFIED || v == AssessmentValue.CONFIRMED)
        && chosen.get().index() == candidates.get(0).index()
        && !tellsAFact(text, chosen.get(), claimsTellingEvents)) {
      // "The army said it took the town. 'We were afraid,' a resident said. The claim could not be
      // verified.": a check speaks of the latest claim of its paragraph that tells something
      // checkable (an event, a figure), not of a comment or a feeling told after it.
      Optional<Claim> fact =
          candidates.stream()
              .filter(c -> s.index() - c.sentenceIndex() <= FACT_REACH)
              .filter(c -> sameParagraph(text, c, s))
              .filter(c -> tellsAFact(text, c, claimsTellingEvents))
              .findFirst();
      if (fact.isPresent()) {
        chosen = fact;
      }
    }
    if (named.isEmpty()
        && (v == AssessmentValue.CANNOT_BE_VERIFIED || v == AssessmentValue.DISPUTED)
        && chosen.get().claimantKey().isPresent()
        && chosen.get().index() == candidates.get(0).index()
        && !tellsAFact(text, chosen.get(), claimsTellingEvents)) {
      // A run of one party's claims ("X said it took the town. The fighting was fierce, it said.")
      // is checked or disputed at its head, unless its last claim tells an event or a figure.
      Claim head = chosen.get();
      for (Claim c : candidates) {
        if (c.index() == head.index()) {
          continue;
        }
        if (!c.claimantKey().equals(head.claimantKey())
            || head.sentenceIndex() - c.sentenceIndex() > 1) {
          break;
        }
        head = c;
      }
      chosen = Optional.of(head);
    }
    if (bothSides) {
      return BothSides.of(
              candidates, chosen.get(), c -> SharedWords.count(words, text, c.content()))
          .stream()
          .map(c -> OptionalInt.of(c.index()))
          .toList();
    }
    return PartyClaims.of(
            candidates, chosen.get(), text.substring(clauseStart, clauseEnd), v, s.index())
        .stream()
        .map(c -> OptionalInt.of(c.index()))
        .toList();
  }

  /**
   * Whether the claim is told in the paragraph of the sentence {@code s}: a check at a paragraph's
   * end looks back only over that paragraph.
   */
  private static boolean sameParagraph(String text, Claim c, Sentence s) {
    return c.content().start() <= s.span().start()
        && text.substring(c.content().start(), s.span().start()).indexOf('\n') < 0;
  }

  /** Whether a claim tells something checkable: an event, a parsed proposition, a number. */
  private static boolean tellsAFact(String text, Claim c, Set<Integer> claimsTellingEvents) {
    return claimsTellingEvents.contains(c.index())
        || c.proposition().isPresent()
        || NUMBER.matcher(c.content().quote(text)).find();
  }

  private static Optional<String> speakerOf(List<Claim> claims, Sentence s, Span ev) {
    for (int i = claims.size() - 1; i >= 0 && claims.get(i).sentenceIndex() >= s.index(); i--) {
      Claim c = claims.get(i);
      if (c.sentenceIndex() == s.index() && c.content().contains(ev)) {
        return c.claimantKey();
      }
    }
    return Optional.empty();
  }

  /** Whether the sentence ends with a question mark. */
  private static boolean isQuestion(String text, Span sentence) {
    int i = sentence.end() - 1;
    while (i > sentence.start() && "\"”’') ".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return text.charAt(i) == '?';
  }

  /** Whether the sentence before this one is a question. */
  static boolean afterAQuestion(String text, Span sentence) {
    int i = sentence.start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '?';
  }

  /** Whether the phrase is "did not confirm" rather than "could not confirm". */
  private static boolean declinedToComment(String text, Span ss, Span ev) {
    if (!text.regionMatches(true, ev.start(), "not", 0, 3)) {
      return false;
    }
    return REFUSAL_BEFORE
        .matcher(text)
        .region(Math.max(ss.start(), ev.start() - 8), ev.start())
        .find();
  }

  /** The entities a claim's words name outright: by name, not by description or pronoun. */
  private static Set<String> namedOutright(EntityRegistry reg, Claim c) {
    Set<String> out = new HashSet<>();
    for (Mention m : reg.mentions()) {
      if (c.content().contains(m.span())
          && m.kind() != MentionKind.DESCRIPTION
          && m.kind() != MentionKind.PRONOUN) {
        out.add(m.entityKey());
      }
    }
    return out;
  }

  /**
   * Whether naming the entity tells which claim is meant: a country is named in most claims of a
   * report about it, a town, a group or a person in few.
   */
  private static boolean specific(EntityRegistry reg, String key) {
    EntityType type = reg.typeOf(key).orElse(EntityType.OTHER);
    return type != EntityType.COUNTRY && type != EntityType.STATE;
  }

  /**
   * The outlet or party that is the subject of an active phrase: "Reuters was unable to verify",
   * "AP could not independently confirm". Only auxiliaries may stand between name and phrase.
   */
  private static Optional<String> subjectOf(
      String text, List<Mention> mentions, EntityRegistry reg, Span ev) {
    Optional<String> found = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().end() <= ev.start()
          && ev.start() - m.span().end() <= 30
          && AUXILIARIES.matcher(text).region(m.span().end(), ev.start()).matches()
          && reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false)) {
        found = Optional.of(m.entityKey());
      }
    }
    return found;
  }

  private static Optional<String> agentAfter(
      String text, List<Mention> mentions, EntityRegistry reg, Span ev, Span ss) {
    int by = text.indexOf(" by ", ev.start());
    if (by < 0
        || by > ev.end() + 4
        || by >= ss.end()
        || PUBLISHED.matcher(text).region(ev.start(), by).find()) {
      return Optional.empty();
    }
    for (Mention m : mentions) {
      if (m.span().start() > by
          && m.span().start() - by <= 12
          && reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false)) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstActorWithin(
      String text, List<Mention> mentions, EntityRegistry reg, Span ev) {
    return mentions.stream()
        .filter(m -> ev.contains(m.span()))
        .filter(m -> !POSSESSIVE.matcher(text).region(m.span().end(), ev.end()).lookingAt())
        .filter(m -> reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false))
        .map(Mention::entityKey)
        .findFirst();
  }

  private static OptionalInt lastEvent(List<Event> events, Sentence s) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).sentenceIndex() >= s.index() - 1) {
        return OptionalInt.of(events.get(i).index());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The actor named just before a dispute phrase, its subject: "the rebels rejected the claim". Not
   * one named as an owner ("…, saying the army's figures were lies"): that is whose figures are
   * disputed, never who disputes them.
   */
  private static Optional<String> subjectBefore(
      String text, List<Mention> mentions, EntityRegistry reg, Span ev) {
    Optional<String> found = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().end() <= ev.start()
          && (ev.start() - m.span().end() <= 25
              || RELATIVE_CLAUSE.matcher(text).region(m.span().end(), ev.start()).matches())
          && !POSSESSIVE.matcher(text).region(m.span().end(), ev.start()).lookingAt()
          && reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false)) {
        found = Optional.of(m.entityKey());
      }
    }
    return found;
  }
}
