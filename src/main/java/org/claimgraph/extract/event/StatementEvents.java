package org.claimgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.lexicon.GatedAlternation;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.time.TimeExpression;

/**
 * Statements the text names by their medium ("in a statement", "in a post on Telegram", "said on
 * X", "told a news conference", "a televised address", "the briefing given by NAME"): each is a
 * STATEMENT event by whoever makes the claim beside it, or by the one the briefing is given by. A
 * bare "said" names no statement and makes none. Thread-safe.
 */
public final class StatementEvents {

  private static final String MEDIUM =
      "statement|post|video|message|address|interview|tweet|communiqu[eé]|speech|broadcast"
          + "|news\\s+conference|press\\s+conference|briefing|press\\s+release|news\\s+release";

  /**
   * The ways a statement is named, as the branches of one case-insensitive alternation. Each branch
   * is tried only on sentences holding the words it cannot match without (read off the branch
   * itself): the pattern was tried at every word of every body sentence, and a gate on the whole of
   * it admits any sentence with "said".
   */
  private static final GatedAlternation NAMED_STATEMENT =
      new GatedAlternation(
          List.of(
              "\\b(?:in|during|at)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:"
                  + MEDIUM
                  + ")\\b",
              // "writing on Telegram, admitted that …": the post is named by its writing
              "\\b(?:said|wrote|writing|posted|posting|announced|declared)\\s+on\\s+(?:Telegram|X|Twitter|Facebook"
                  + "|social\\s+media|state\\s+television|television|radio|its\\s+website)\\b",
              "\\btold\\s+(?:a|the)\\s+(?:news|press)\\s+conference\\b",
              // "according to a Rwandan army statement": the statement itself is the source
              "\\baccording\\s+to\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:"
                  + MEDIUM
                  + ")\\b",
              "\\b(?:comments|remarks)\\s+carried\\s+by\\b",
              "\\b(?:given|issued|released|published)\\s+(?:a|an)\\s+statement\\b",
              "\\b(?:briefing|news\\s+conference|press\\s+conference|address)\\s+(?:given|held"
                  + "|delivered)\\s+by\\b",
              // an announcement named by what it announces: "announced an investigation"
              "\\b(?:announced|ordered|opened|launched)\\s+(?:an?|its)\\s+(?:\\w+\\s+)?"
                  + "(?:investigation|inquiry|enquiry|probe)\\b"),
          Pattern.CASE_INSENSITIVE);

  /** How far after "given by" the one giving it may be named: a title and a ministry or two. */
  private static final int GIVER_REACH = 80;

  /** The STATEMENT events of one sentence, numbered from {@code firstIndex}. */
  public List<Event> extract(
      String text,
      Sentence sentence,
      List<Mention> mentions,
      EntityRegistry reg,
      List<Claim> claims,
      int firstIndex,
      List<TimeExpression> times) {
    Span ss = sentence.span();
    Pattern named = NAMED_STATEMENT.patternFor(text, ss.start(), ss.end());
    if (named == null) {
      return List.of();
    }
    List<Event> out = new ArrayList<>();
    Matcher m = named.matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      Span phrase = new Span(m.start(), m.end());
      if (claims.stream().anyMatch(c -> c.content().contains(phrase))) {
        continue; // a statement the reported words speak of, not the one reporting them
      }
      Optional<String> agent =
          phrase.quote(text).toLowerCase(java.util.Locale.ROOT).endsWith(" by")
              ? giver(text, ss, phrase, mentions, reg)
              : speaker(sentence, phrase, claims);
      if (agent.isEmpty()) {
        continue;
      }
      List<String> places = new ArrayList<>();
      where(text, ss, phrase, mentions, reg).ifPresent(places::add);
      out.add(
          new Event(
              firstIndex + out.size(),
              EventType.STATEMENT,
              phrase,
              agent,
              places,
              times.stream().findFirst(),
              List.of(),
              phrase,
              sentence.index(),
              OptionalInt.empty()));
    }
    return out;
  }

  /**
   * Where the statement was made: a place named with "in" soon after it ("the briefing held by NAME
   * in Corvel", "told a news conference in Maputo"), not a place its words speak of.
   */
  private static Optional<String> where(
      String text, Span ss, Span phrase, List<Mention> mentions, EntityRegistry reg) {
    for (Mention m : mentions) {
      if (m.span().start() < phrase.end()
          || m.span().start() - phrase.end() > GIVER_REACH
          || m.span().end() > ss.end()) {
        continue;
      }
      boolean place = reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false);
      if (place && IN_BEFORE.matcher(text).region(phrase.end(), m.span().start()).find()) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }

  /**
   * "in" right before a place, with no clause or quotation opened since the statement's words (an
   * appositive may come between: "given by the spokesman, Colonel NAME, in N'Djamena").
   */
  private static final Pattern IN_BEFORE =
      Pattern.compile(
          "^(?:(?!\\b(?:that|which|who|where|said|says|told)\\b)[^;:\"“(])*\\bin\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** The claimant of the sentence's claim whose cue is nearest the phrase. */
  private static Optional<String> speaker(Sentence s, Span phrase, List<Claim> claims) {
    Claim best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Claim c : claims) {
      if (c.sentenceIndex() != s.index() || c.claimantKey().isEmpty()) {
        continue;
      }
      int d =
          Math.min(
              Math.abs(c.cueSpan().start() - phrase.end()),
              Math.abs(phrase.start() - c.cueSpan().end()));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best == null ? Optional.empty() : best.claimantKey();
  }

  /** "the briefing given by the ministry spokesman, NAME": the person, else the first actor. */
  private static Optional<String> giver(
      String text, Span ss, Span phrase, List<Mention> mentions, EntityRegistry reg) {
    Optional<String> actor = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().start() < phrase.end()
          || m.span().start() - phrase.end() > GIVER_REACH
          || m.span().end() > ss.end()) {
        continue;
      }
      EntityType t = reg.typeOf(m.entityKey()).orElse(EntityType.OTHER);
      if (t == EntityType.PERSON) {
        return Optional.of(m.entityKey());
      }
      if (t.isActor() && actor.isEmpty()) {
        actor = Optional.of(m.entityKey());
      }
    }
    return actor;
  }
}
