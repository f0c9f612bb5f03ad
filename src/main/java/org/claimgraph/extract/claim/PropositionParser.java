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
import org.claimgraph.extract.model.Proposition;
import org.claimgraph.extract.quantity.Quantity;

/**
 * Reads what a claim's content says where the language is regular enough: control of (a share of) a
 * territory, capture of a place, presence of forces. Thread-safe.
 */
final class PropositionParser {

  private static final String SHARE =
      "(?<share>(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more\\s+than"
          + "|less\\s+than|at\\s+least|up\\s+to)\\s+)?(?:\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)"
          + "|(?:one|two|three|a)[-\\s](?:thirds?|quarters?|fifths?|half)|half|a\\s+third"
          + "|a\\s+quarter))";
  private static final Pattern CONTROL_OF =
      Pattern.compile(
          "\\bcontrol(?:s|led|ling)?\\s+(?:of\\s+|over\\s+)?(?:" + SHARE + "\\s+of\\s+)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UNDER_CONTROL =
      Pattern.compile(
          SHARE
              + "\\s+of\\b[^,;]{0,80}?\\b(?:is|are|was|were|now)\\s+(?:now\\s+)?under\\s+"
              + "(?:the\\s+)?control\\s+of\\s+",
          Pattern.CASE_INSENSITIVE);

  /**
   * The territory first, its controller after: "X is under the control of Y", "X remains in the
   * full control of Y", "X is in the hands of Y" (and garbled copy such as "X controls full control
   * of Y", where the qualifier shows which side is the controller).
   */
  private static final Pattern HELD_BY =
      Pattern.compile(
          "\\b(?:(?:under|in)\\s+(?:the\\s+)?(?:(?:full|complete|total|firm|effective)\\s+)?"
              + "control\\s+of|(?:full|complete|total|effective)\\s+control\\s+of"
              + "|in\\s+the\\s+hands\\s+of)\\s+",
          Pattern.CASE_INSENSITIVE);

  /**
   * A loss told by the side that lost it: "acknowledged the loss of X", "admitted losing X", "lost
   * control of X to Y". An admission against one's own side is the surest corroboration a report
   * can carry, so it is read as the winner's capture of X.
   */
  private static final Pattern LOST =
      Pattern.compile(
          "\\b(?:the\\s+loss\\s+of|lost|losing)\\s+(?:(?:control\\s+(?:of|over)|the)\\s+)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words that may stand between the cue and the place's name: "the loss of the key border town of
   * X".
   */
  private static final Pattern PLACE_LEAD =
      Pattern.compile(
          "(?:(?:the|its|their|key|main|major|strategic|important|border|city|town|village"
              + "|district|province|crossing|point|of)\\s+)*",
          Pattern.CASE_INSENSITIVE);

  private static final Keywords LOST_WORDS = Keywords.requiredBy(LOST);
  private static final Pattern TO_WINNER =
      Pattern.compile("\\s+to\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  private static final Keywords HELD_WORDS = Keywords.requiredBy(HELD_BY);
  private static final Pattern CAPTURE =
      Pattern.compile(
          "\\b(?:captured?|seized?|overran|overrun|took|taken|retook|retaken|recaptured?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESENT =
      Pattern.compile(
          "\\b(?:is|are|remain|remains)\\s+(?:still\\s+)?present\\b", Pattern.CASE_INSENSITIVE);

  /** The words each pattern cannot match without, read off the pattern: a cheap test first. */
  private static final Keywords UNDER_CONTROL_WORDS = Keywords.requiredBy(UNDER_CONTROL);

  private static final Keywords CONTROL_OF_WORDS = Keywords.requiredBy(CONTROL_OF);
  private static final Keywords PRESENT_WORDS = Keywords.requiredBy(PRESENT);

  /**
   * Content whose subject is the claimant: a pronoun ("they control"), an infinitive after "claim
   * to" ("to control 85%", "to have captured X"), or the noun after "claims control of".
   */
  private static final Pattern AGENT_PRONOUN =
      Pattern.compile("^\\s*(?:they|it|we|to|control)\\b", Pattern.CASE_INSENSITIVE);

  Optional<Proposition> parse(
      String text,
      Span content,
      Optional<String> claimant,
      List<Mention> mentions,
      EntityRegistry reg,
      List<Quantity> quantities) {
    List<Mention> inside = mentions.stream().filter(m -> content.contains(m.span())).toList();
    // A loss first: "lost control of X" would otherwise read as the loser's control of X.
    Matcher lost = LOST.matcher(text).region(content.start(), content.end());
    if (LOST_WORDS.anyIn(text, content.start(), content.end()) && lost.find()) {
      Optional<Proposition> loss = loss(text, content, lost, inside, reg);
      if (loss.isPresent()) {
        return loss;
      }
    }
    // The control patterns start with a share and an optional hedge, tried at every position:
    // worth running only when the words name control at all.
    Matcher u = UNDER_CONTROL.matcher(text).region(content.start(), content.end());
    if (UNDER_CONTROL_WORDS.anyIn(text, content.start(), content.end()) && u.find()) {
      Optional<String> controller = firstActor(inside, u.end(), content.end(), reg);
      Optional<String> territory = firstPlace(inside, u.end("share"), u.end(), reg);
      if (controller.isPresent() && territory.isPresent()) {
        Span share = new Span(u.start("share"), u.end("share"));
        return Optional.of(
            new Proposition.TerritorialControl(
                controller.get(),
                territory.get(),
                quantity(quantities, share),
                Optional.of(share),
                new Span(u.start(), content.end())));
      }
    }
    Matcher c = CONTROL_OF.matcher(text).region(content.start(), content.end());
    if (CONTROL_OF_WORDS.anyIn(text, content.start(), content.end()) && c.find()) {
      Optional<String> controller =
          firstActor(inside, content.start(), c.start(), reg)
              .or(() -> pronounAgent(text, content, claimant));
      Optional<String> territory = firstPlace(inside, c.end(), content.end(), reg);
      if (controller.isPresent() && territory.isPresent()) {
        Optional<Span> share =
            c.group("share") == null
                ? Optional.empty()
                : Optional.of(new Span(c.start("share"), c.end("share")));
        return Optional.of(
            new Proposition.TerritorialControl(
                controller.get(),
                territory.get(),
                share.flatMap(s -> quantity(quantities, s)),
                share,
                new Span(c.start(), content.end())));
      }
    }
    Matcher h = HELD_BY.matcher(text).region(content.start(), content.end());
    if (HELD_WORDS.anyIn(text, content.start(), content.end()) && h.find()) {
      Optional<String> territory = firstPlace(inside, content.start(), h.start(), reg);
      Optional<String> controller = firstActor(inside, h.end(), content.end(), reg);
      if (controller.isPresent() && territory.isPresent()) {
        return Optional.of(
            new Proposition.TerritorialControl(
                controller.get(),
                territory.get(),
                Optional.empty(),
                Optional.empty(),
                new Span(content.start(), content.end())));
      }
    }
    Matcher p = PRESENT.matcher(text).region(content.start(), content.end());
    if (PRESENT_WORDS.anyIn(text, content.start(), content.end()) && p.find()) {
      Optional<String> actor = firstActor(inside, content.start(), p.start(), reg);
      if (actor.isPresent()) {
        return Optional.of(
            new Proposition.Presence(
                actor.get(),
                firstPlace(inside, p.end(), content.end(), reg),
                new Span(content.start(), content.end())));
      }
    }
    Matcher k = CAPTURE.matcher(text).region(content.start(), content.end());
    if (k.find()) {
      Optional<String> agent =
          firstActor(inside, content.start(), k.start(), reg)
              .or(() -> pronounAgent(text, content, claimant));
      Optional<String> place = firstPlace(inside, k.end(), content.end(), reg);
      if (agent.isPresent() && place.isPresent()) {
        return Optional.of(
            new Proposition.Capture(agent.get(), place.get(), new Span(k.start(), content.end())));
      }
    }
    return Optional.empty();
  }

  /**
   * The place lost is the most specific one named in the phrase after the cue (in "the loss of the
   * Afghanistan-Iran border crossing of Islam Qala", the crossing, not the border); the winner is
   * named after "to", or is whoever the report said took that place (or the border it lies on).
   */
  private static Optional<Proposition> loss(
      String text, Span content, Matcher cue, List<Mention> inside, EntityRegistry reg) {
    int phraseEnd = text.indexOf(',', cue.end());
    if (phraseEnd < 0 || phraseEnd > content.end()) {
      phraseEnd = content.end();
    }
    int end = phraseEnd;
    Optional<Mention> place =
        inside.stream()
            .filter(m -> m.span().start() >= cue.end() && m.span().end() <= end)
            .filter(m -> reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false))
            .min(
                java.util.Comparator.comparingInt(
                        (Mention m) -> breadth(reg.typeOf(m.entityKey()).orElseThrow()))
                    .thenComparing(Mention::span));
    // The place is what was lost only when it follows the cue at once: in "lost 20 soldiers in
    // Kandahar" the army lost soldiers, not the town.
    boolean placeFollows =
        inside.stream()
            .anyMatch(
                m ->
                    m.span().start() >= cue.end()
                        && PLACE_LEAD.matcher(text.substring(cue.end(), m.span().start())).matches()
                        && reg.typeOf(m.entityKey()).map(EntityType::isPlace).orElse(false));
    if (place.isEmpty() || !placeFollows) {
      return Optional.empty();
    }
    String placeKey = place.get().entityKey();
    Matcher to = TO_WINNER.matcher(text).region(place.get().span().end(), content.end());
    Optional<String> winner =
        to.find() ? firstActor(inside, to.end(), content.end(), reg) : Optional.<String>empty();
    return winner
        .or(() -> reg.takerOf(placeKey))
        .map(w -> new Proposition.Capture(w, placeKey, new Span(cue.start(), content.end())));
  }

  private static boolean startsAt(List<Mention> ms, String key, int at) {
    return ms.stream().anyMatch(m -> m.entityKey().equals(key) && m.span().start() <= at + 4);
  }

  /** How wide a kind of place is: a crossing or a town is lost before a province or a country. */
  private static int breadth(EntityType type) {
    return switch (type) {
      case COUNTRY -> 3;
      case PROVINCE, BORDER -> 2;
      default -> 1;
    };
  }

  private static Optional<String> pronounAgent(
      String text, Span content, Optional<String> claimant) {
    Matcher m = AGENT_PRONOUN.matcher(text).region(content.start(), content.end());
    return m.lookingAt() ? claimant : Optional.empty();
  }

  private static Optional<Quantity> quantity(List<Quantity> quantities, Span share) {
    return quantities.stream().filter(q -> q.span().overlaps(share)).findFirst();
  }

  private static Optional<String> firstActor(
      List<Mention> ms, int from, int to, EntityRegistry reg) {
    return ms.stream()
        .filter(m -> m.span().start() >= from && m.span().end() <= to)
        .map(Mention::entityKey)
        .filter(k -> reg.typeOf(k).map(EntityType::isActor).orElse(false))
        .findFirst();
  }

  private static Optional<String> firstPlace(
      List<Mention> ms, int from, int to, EntityRegistry reg) {
    return ms.stream()
        .filter(m -> m.span().start() >= from && m.span().end() <= to)
        .map(Mention::entityKey)
        .filter(k -> reg.typeOf(k).map(EntityType::isPlace).orElse(false))
        .findFirst();
  }
}
