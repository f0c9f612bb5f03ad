package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.MentionKind;
import org.claimgraph.extract.model.SourceKind;

/**
 * Finds who makes a claim: the subject before a reporting verb, resolving "he"/"she" to the last
 * person and "they" to the last group, recognising unnamed sources ("officials", "several reports")
 * and the impersonal passive ("it can be confirmed"). Thread-safe.
 */
final class ClaimantResolver {

  /** Who, and the words naming them. */
  record Claimant(Optional<String> key, SourceKind kind, Span span) {}

  private static final Pattern UNNAMED = UnnamedSources.bundled().any();

  /**
   * The words without which UNNAMED cannot match, read off the pattern: a long alternation tried at
   * every position of the words before each cue, where most reports name their source.
   */
  private static final Keywords UNNAMED_WORDS = Keywords.requiredBy(UNNAMED);

  /**
   * "The statement added that …", "The group's communiqué said …", "The release added that …": the
   * words of whoever made the statement the report has just quoted.
   */
  private static final Pattern STATEMENT_BEFORE =
      Pattern.compile(
          "\\b(?<p>(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hat)\\s+(?:[\\w'’]+\\s+)?(?:statement|communiqu[eé]"
              + "|announcement|post|message|release|bulletin|update))\\s+(?:(?:also|further|then|later)\\s+)?$");

  private static final Pattern PRONOUN_BEFORE =
      Pattern.compile(
          "\\b(?<p>he|she|they|it|He|She|They|It)\\s+(?:(?:has|have|had|is|was|were|will|would"
              + "|also|can|could|may|might|be|been|then|later|further|still|\\w+ly)\\s+)*$");

  /**
   * The impersonal passive, "it can be confirmed", "it was reported": a form of "be" is required.
   */
  private static final Pattern PASSIVE_IT =
      Pattern.compile(
          "\\b(?:it|It)\\s+(?:(?:can|could|may|might|has|have|had|now|also|widely)\\s+)*"
              + "(?:be|been|is|was)\\s+(?:(?:now|also|widely|independently)\\s+)*$");

  private static final Pattern VIA_SOURCES =
      Pattern.compile(
          "\\b(?:through|by|from|via)\\s+(?:the\\s+)?(?:\\w+\\s+){0,3}?(?:other|several|multiple"
              + "|independent|local|various)?\\s*(?:sources|reports)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The claimant of a cue whose subject stands before it, in {@code [clauseStart, cueStart)}; "the
   * minister" or "the spokesman" is the person the report gave that role, when it did.
   *
   * @param mentions the sentence's mentions, in text order
   */
  Optional<Claimant> before(
      String text,
      Span sentence,
      int clauseStart,
      int cueStart,
      List<Mention> mentions,
      EntityRegistry reg,
      Optional<Claimant> lastGroupClaimant) {
    return asWritten(text, sentence, clauseStart, cueStart, mentions, reg, lastGroupClaimant)
        .map(c -> roleHolder(text, c, reg).orElse(c));
  }

  /** A role told with "the": "The minister", "the army spokesman". */
  private static final Pattern DEFINITE_ROLE =
      Pattern.compile(
          "(?i)the\\s+(?:[\\w-]+\\s+)?(?<role>minister|spokes(?:man|woman|person)|commander|president"
              + "|governor|mayor|envoy|ambassador|chief)");

  /**
   * The person the report gave the role a described claimant names ("The defence minister, Ana Kos,
   * said …. The minister added …"): the one named last with it.
   */
  private static Optional<Claimant> roleHolder(String text, Claimant c, EntityRegistry reg) {
    if (c.kind() != SourceKind.UNNAMED_SOURCES || c.key().isPresent()) {
      return Optional.empty();
    }
    Matcher m = DEFINITE_ROLE.matcher(c.span().quote(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    String role = m.group("role").toLowerCase(java.util.Locale.ROOT);
    Pattern roleWord = Pattern.compile("\\b" + role + "\\b", Pattern.CASE_INSENSITIVE);
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention p = seen.get(i);
      if (p.span().start() < c.span().start()
          && reg.typeOf(p.entityKey()).orElse(EntityType.OTHER) == EntityType.PERSON
          && (heldRole(reg, p.entityKey(), role) || roleBeside(text, p.span(), roleWord))) {
        return Optional.of(new Claimant(Optional.of(p.entityKey()), SourceKind.NAMED, c.span()));
      }
    }
    return Optional.empty();
  }

  private static boolean heldRole(EntityRegistry reg, String person, String role) {
    return reg.affiliationsOf(person).stream()
        .anyMatch(
            a ->
                a.role()
                    .map(r -> r.toLowerCase(java.util.Locale.ROOT).contains(role))
                    .orElse(false));
  }

  /**
   * Whether the role stands beside a person's name in an apposition ("The defence minister, Ana
   * Kos,", "Omar Vell, a spokesman for the army"), which gives the role even where its body is
   * unknown and no affiliation could be made.
   */
  private static boolean roleBeside(String text, Span name, Pattern word) {
    int from = Math.max(0, name.start() - 40);
    int to = Math.min(text.length(), name.end() + 40);
    String before = text.substring(from, name.start());
    String after = text.substring(name.end(), to);
    int stop = before.lastIndexOf('.');
    int end = after.indexOf('.');
    return word.matcher(stop < 0 ? before : before.substring(stop)).find()
        || word.matcher(end < 0 ? after : after.substring(0, end)).find();
  }

  private Optional<Claimant> asWritten(
      String text,
      Span sentence,
      int clauseStart,
      int cueStart,
      List<Mention> mentions,
      EntityRegistry reg,
      Optional<Claimant> lastGroupClaimant) {
    // From the sentence's start: an apposition inside ("quoted the governor, NAME, as") has commas.
    Matcher quoted =
        QUOTED_WORD.anyIn(text, sentence.start(), cueStart)
            ? QUOTED_AS.matcher(text).region(sentence.start(), cueStart)
            : null;
    if (quoted != null && quoted.find()) {
      // "The daily Herald quoted an unnamed officer as saying …": the one quoted speaks; the
      // outlet only carries the words.
      Optional<Claimant> speaker =
          before(
              text,
              sentence,
              quoted.start("who"),
              quoted.end("who"),
              mentions,
              reg,
              lastGroupClaimant);
      if (speaker.isPresent()) {
        return speaker;
      }
    }
    Matcher who = WHO_BEFORE.matcher(text).region(Math.max(clauseStart, cueStart - 30), cueStart);
    if (who.find()) {
      // "…, according to the border police, who said …": the relative's antecedent speaks.
      Mention antecedent = null;
      for (Mention m : mentions) {
        if (m.span().end() <= who.start()
            && who.start() - m.span().end() <= 2
            && reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false)) {
          antecedent = m;
        }
      }
      if (antecedent != null) {
        return Optional.of(named(antecedent));
      }
    }
    Mention person = null;
    Mention firstActor = null;
    // Only when a mention could be part of one: the unnamed-source pattern is long.
    List<Span> described =
        mentions.stream()
                .anyMatch(m -> m.span().start() >= clauseStart && m.span().end() <= cueStart)
            ? describedSources(text, clauseStart, cueStart)
            : List.of();
    for (Mention m : mentions) {
      if (m.span().start() < clauseStart
          || m.span().end() > cueStart
          || partOfADescribedSource(text, described, m, reg)) {
        continue;
      }
      EntityType t = reg.typeOf(m.entityKey()).orElse(EntityType.OTHER);
      if (t == EntityType.PERSON) {
        person = m; // the nearest person wins: "the spokesperson for X, NAME, said"
      } else if (t.isActor() && firstActor == null) {
        firstActor = m;
      }
    }
    if (person != null) {
      return Optional.of(named(person));
    }
    Matcher passive = PASSIVE_IT.matcher(text).region(clauseStart, cueStart);
    if (passive.find() && text.substring(passive.end(), cueStart).isEmpty()) {
      Matcher via = VIA_SOURCES.matcher(text).region(sentence.start(), sentence.end());
      if (via.find()) {
        return Optional.of(
            new Claimant(
                Optional.empty(), SourceKind.UNNAMED_SOURCES, new Span(via.start(), via.end())));
      }
      return Optional.of(
          new Claimant(
              Optional.empty(),
              SourceKind.REPORTING_OUTLET,
              new Span(passive.start(), passive.start() + 2)));
    }
    if (firstActor != null) {
      return Optional.of(named(firstActor));
    }
    Matcher p = PRONOUN_BEFORE.matcher(text).region(Math.max(clauseStart, cueStart - 60), cueStart);
    if (p.find()) {
      Span ps = new Span(p.start("p"), p.end("p"));
      String pronoun = p.group("p").toLowerCase();
      if (pronoun.equals("he") || pronoun.equals("she")) {
        return lastPerson(reg, ps.start())
            .map(k -> new Claimant(Optional.of(k), SourceKind.NAMED, ps));
      }
      if (pronoun.equals("they") && lastGroupClaimant.isPresent()) {
        return Optional.of(
            new Claimant(lastGroupClaimant.get().key(), lastGroupClaimant.get().kind(), ps));
      }
      if (pronoun.equals("it")
          && lastGroupClaimant
              .flatMap(Claimant::key)
              .flatMap(reg::typeOf)
              .filter(BODIES::contains)
              .isPresent()) {
        // "It said troops had …", "a video that it said showed …": the body that spoke last
        // speaks on, as "they" continues the last speaker.
        return Optional.of(new Claimant(lastGroupClaimant.get().key(), SourceKind.NAMED, ps));
      }
    }
    Matcher statement =
        STATEMENT_BEFORE.matcher(text).region(Math.max(clauseStart, cueStart - 50), cueStart);
    if (statement.find() && lastGroupClaimant.isPresent()) {
      Span ss = new Span(statement.start("p"), statement.end("p"));
      return Optional.of(
          new Claimant(lastGroupClaimant.get().key(), lastGroupClaimant.get().kind(), ss));
    }
    Matcher first =
        FIRST_PERSON_BEFORE.matcher(text).region(Math.max(clauseStart, cueStart - 40), cueStart);
    if (first.find()) {
      // "I can tell you that …", "We categorically deny it": the speaker of a transcript turn.
      Span fs = new Span(first.start("p"), first.end("p"));
      Optional<String> speaker = turnSpeaker(text, sentence, reg);
      if (speaker.isPresent()) {
        return Optional.of(new Claimant(speaker, SourceKind.NAMED, fs));
      }
    }
    Matcher q = SOME_OF_THEM.matcher(text).region(Math.max(clauseStart, cueStart - 40), cueStart);
    if (q.find()) {
      // ", most of them say,": the speakers of the claim before; ClaimFinder resolves them.
      return Optional.of(
          new Claimant(Optional.empty(), SourceKind.UNNAMED_SOURCES, new Span(q.start(), q.end())));
    }
    Matcher g = GROUP_ANAPHOR.matcher(text).region(clauseStart, cueStart);
    if (g.find()) {
      Span gs = new Span(g.start(), g.end());
      Optional<String> referent = lastOfKind(reg, gs.start(), kindsFor(g.group(1).toLowerCase()));
      if (referent.isPresent()) {
        return Optional.of(new Claimant(referent, SourceKind.NAMED, gs));
      }
    }
    Matcher u = UNNAMED.matcher(text).region(clauseStart, cueStart);
    Span last = null;
    boolean mayName = UNNAMED_WORDS.anyIn(text, clauseStart, cueStart);
    while (mayName && u.find()) {
      if (last != null && OF_SOURCES.matcher(text).region(last.end(), u.start()).matches()) {
        continue; // "several reports from local journalists": the reports are the head
      }
      if (last != null && text.substring(last.end(), u.start()).contains(",")) {
        // "A local official, who was not authorised to talk to the media, estimated": the words
        // after the comma describe the source, and the source is the subject before them.
        break;
      }
      last = new Span(u.start(), u.end());
    }
    if (last != null) {
      return Optional.of(new Claimant(Optional.empty(), SourceKind.UNNAMED_SOURCES, last));
    }
    // "The army said …" with no country to tell whose: the description is the claimant.
    return DescribedClaimants.before(text, clauseStart, cueStart)
        .map(d -> new Claimant(Optional.empty(), SourceKind.UNNAMED_SOURCES, d));
  }

  /** "quoted the ministry as" before "saying": who is quoted, between the two words. */
  private static final Pattern QUOTED_AS =
      Pattern.compile("\\bquoted\\s+(?<who>[^;:]{2,80}?),?\\s+as\\s+$");

  /** The word without which QUOTED_AS cannot match: most claimants are read with no pattern run. */
  private static final Keywords QUOTED_WORD = Keywords.requiredBy(QUOTED_AS);

  /** "most of them", "many of them": part of the speakers named just before. */
  static final Pattern SOME_OF_THEM =
      Pattern.compile(
          "\\b(?:most|many|some|all|several|few|both|none|one|two|three)\\s+of\\s+them\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Between a described source and a place: "officials in Tripoli", "a diplomat based in Tunis".
   */
  private static final Pattern LOCATIVE_GAP =
      Pattern.compile(
          "^\\s+(?:(?:based|stationed)\\s+)?(?:in|at|from|near|outside)\\s+(?:the\\s+)?$");

  /** The unnamed sources described in {@code [from, to)}: "a Libyan army officer", "diplomats". */
  private static List<Span> describedSources(String text, int from, int to) {
    List<Span> out = new java.util.ArrayList<>();
    if (to <= from) {
      return out;
    }
    if (!UNNAMED_WORDS.anyIn(text, from, to)) {
      return out;
    }
    Matcher u = UNNAMED.matcher(text).region(from, to);
    while (u.find()) {
      out.add(new Span(u.start(), u.end()));
    }
    return out;
  }

  /**
   * Whether a mention only describes an unnamed source: the army inside "a Libyan army officer",
   * the capital in "a diplomat in Tunis". The speaker is the source, not the army or the capital's
   * government.
   */
  private static boolean partOfADescribedSource(
      String text, List<Span> described, Mention m, EntityRegistry reg) {
    Span mention = m.span();
    EntityType type = reg.typeOf(m.entityKey()).orElse(EntityType.OTHER);
    // A capital or a country after "in" is a place here, though it often stands for a government.
    boolean placeLike = type.isPlace() || type == EntityType.GOVERNMENT || type == EntityType.STATE;
    for (Span d : described) {
      if (d.start() <= mention.start() && mention.end() <= d.end() && d.length() > 0) {
        return d.start() < mention.start() || mention.end() < d.end();
      }
      if (placeLike
          && d.end() <= mention.start()
          && mention.start() - d.end() <= 20
          && LOCATIVE_GAP.matcher(text).region(d.end(), mention.start()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The other source of a coordinated pair, "an aid worker and a local journalist said": the
   * unnamed source joined by "and" just before {@code second}.
   */
  Optional<Claimant> coordinatedWith(String text, int clauseStart, Claimant second) {
    if (second.kind() != SourceKind.UNNAMED_SOURCES || second.span().start() <= clauseStart) {
      return Optional.empty();
    }
    List<Span> described = describedSources(text, clauseStart, second.span().start());
    if (described.isEmpty()) {
      return Optional.empty();
    }
    Span first = described.get(described.size() - 1);
    if (!AND_GAP.matcher(text).region(first.end(), second.span().start()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Claimant(Optional.empty(), SourceKind.UNNAMED_SOURCES, first));
  }

  private static final Pattern WHO_BEFORE = Pattern.compile(",\\s*who\\s+(?:\\w+ly\\s+)?$");

  private static final Pattern OF_SOURCES =
      Pattern.compile("^\\s+(?:from|by|of|among|citing)\\s+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern AND_GAP = Pattern.compile("^\\s*,?\\s+and\\s+$");

  /** The claimant named right after a cue ("…," said the minister). */
  Optional<Claimant> after(
      String text, int from, int to, List<Mention> mentions, EntityRegistry reg) {
    for (Mention m : mentions) {
      if (m.span().start() >= from && m.span().start() - from <= 40 && m.span().end() <= to) {
        EntityType t = reg.typeOf(m.entityKey()).orElse(EntityType.OTHER);
        if (t.isActor()) {
          return Optional.of(named(m));
        }
      }
    }
    Matcher u = UNNAMED.matcher(text).region(from, to);
    if (UNNAMED_WORDS.anyIn(text, from, to) && u.find() && u.start() - from <= 20) {
      return Optional.of(
          new Claimant(Optional.empty(), SourceKind.UNNAMED_SOURCES, new Span(u.start(), u.end())));
    }
    return Optional.empty();
  }

  private static final Pattern FIRST_PERSON_BEFORE =
      Pattern.compile(
          "\\b(?<p>I|We|we)\\s+(?:(?:can|could|would|will|have|had|also|always|categorically"
              + "|strongly|firmly|must|do|did|\\w+ly)\\s+)*$");

  /** The person speaking in the transcript turn holding {@code sentence}, if it is an answer. */
  static Optional<String> turnSpeaker(String text, Span sentence, EntityRegistry reg) {
    return TranscriptTurns.of(text, sentence, reg)
        .filter(t -> !t.question())
        .flatMap(TranscriptTurns.Turn::speakerKey);
  }

  /** What "it" can stand for as a speaker: a body, not a person, a country or a place. */
  private static final java.util.Set<EntityType> BODIES =
      java.util.Set.of(
          EntityType.ORGANIZATION,
          EntityType.GOVERNMENT,
          EntityType.MINISTRY,
          EntityType.ARMED_GROUP,
          EntityType.MILITARY_FORCE,
          EntityType.INTELLIGENCE_COMMUNITY);

  /** "the group said", "the ministry said": a definite description of an actor named earlier. */
  private static final Pattern GROUP_ANAPHOR =
      Pattern.compile(
          "\\b[Tt]he\\s+(group|movement|organi[sz]ation|rebels|militants|insurgents|militia"
              + "|ministry|army|military|government|agency|alliance|coalition)\\s*$");

  private static java.util.Set<EntityType> kindsFor(String noun) {
    return switch (noun) {
      case "ministry" -> java.util.Set.of(EntityType.MINISTRY);
      case "army", "military" -> java.util.Set.of(EntityType.MILITARY_FORCE);
      case "government" -> java.util.Set.of(EntityType.GOVERNMENT);
      case "rebels", "militants", "insurgents", "militia" ->
          java.util.Set.of(EntityType.ARMED_GROUP);
      case "agency", "alliance", "coalition", "organisation", "organization" ->
          java.util.Set.of(EntityType.ORGANIZATION, EntityType.INTELLIGENCE_COMMUNITY);
      default -> java.util.Set.of(EntityType.ARMED_GROUP, EntityType.ORGANIZATION);
    };
  }

  private static Optional<String> lastOfKind(
      EntityRegistry reg, int before, java.util.Set<EntityType> kinds) {
    List<Mention> all = reg.mentions();
    for (int i = all.size() - 1; i >= 0; i--) {
      Mention m = all.get(i);
      if (m.span().start() < before
          && kinds.contains(reg.typeOf(m.entityKey()).orElse(EntityType.OTHER))) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }

  private static Claimant named(Mention m) {
    return new Claimant(Optional.of(m.entityKey()), SourceKind.NAMED, m.span());
  }

  private static Optional<String> lastPerson(EntityRegistry reg, int before) {
    List<Mention> all = reg.mentions();
    for (int i = all.size() - 1; i >= 0; i--) {
      Mention m = all.get(i);
      if (m.span().start() < before
          && m.kind() != MentionKind.PRONOUN
          && reg.typeOf(m.entityKey()).orElse(EntityType.OTHER) == EntityType.PERSON) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }
}
