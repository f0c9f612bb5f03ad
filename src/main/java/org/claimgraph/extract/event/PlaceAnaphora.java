package org.claimgraph.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;

/**
 * Which place "the crossing", "the pass", "the town" or "the airport" is: a report names a place
 * once and then speaks of it by its kind, so the phrase is the last place of that kind named before
 * it, within a few paragraphs. A kind never stands for a place of another kind ("the town" is no
 * crossing). Stateless.
 */
final class PlaceAnaphora {

  /** "the crossing", "the border crossing", "the pass", "the airstrip", "the province". */
  private static final Pattern KIND_PHRASE =
      Pattern.compile(
          "\\bthe\\s+(?:border\\s+)?(?<kind>crossing|pass|town|village|city|settlement|hamlet|airport|airbase"
              + "|air\\s+base|airfield|airstrip|province|region|district)\\b(?!\\s+of\\b)",
          Pattern.CASE_INSENSITIVE);

  /** How far back (in characters) the place a kind stands for may have been named. */
  private static final int REACH = 2500;

  private PlaceAnaphora() {}

  /** The place the first kind phrase in {@code region} stands for, if the report named one. */
  static Optional<String> in(String text, Span region, EntityRegistry reg) {
    Matcher m = KIND_PHRASE.matcher(text).region(region.start(), region.end());
    if (!m.find()) {
      return Optional.empty();
    }
    Set<EntityType> kinds = kindsOf(m.group("kind").toLowerCase(java.util.Locale.ROOT));
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention x = seen.get(i);
      if (x.span().start() >= m.start()) {
        continue;
      }
      if (m.start() - x.span().end() > REACH) {
        break;
      }
      if (reg.typeOf(x.entityKey()).map(kinds::contains).orElse(false)) {
        return Optional.of(x.entityKey());
      }
    }
    return Optional.empty();
  }

  /** "its capture", "its fall": a noun whose possessive stands for the place just named. */
  private static final Pattern ITS_BEFORE = Pattern.compile("\\b[Ii]ts\\s+$");

  /**
   * The place "its" stands for before a noun trigger ("Since its capture by the militia"): the last
   * place named before it, within a few paragraphs.
   */
  static Optional<String> ofIts(String text, Span sentence, Span trigger, EntityRegistry reg) {
    if (!ITS_BEFORE
        .matcher(text)
        .region(Math.max(sentence.start(), trigger.start() - 5), trigger.start())
        .find()) {
      return Optional.empty();
    }
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention x = seen.get(i);
      if (x.span().end() > trigger.start()) {
        continue;
      }
      if (trigger.start() - x.span().end() > REACH) {
        break;
      }
      if (reg.typeOf(x.entityKey()).map(EntityType::isPlace).orElse(false)) {
        return Optional.of(x.entityKey());
      }
    }
    return Optional.empty();
  }

  /** "recaptured it", "an advance towards it", "withdrew from it": the pronoun as the object. */
  private static final Pattern IT_NEXT =
      Pattern.compile(
          "\\s+(?:(?:from|of|to|towards|toward|into|on|in|near|around|at)\\s+)?it\\b(?!\\s+(?:was|is|had|has|would|will)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * The place "it" stands for right after a trigger ("government forces recaptured it"): the last
   * place named before the trigger, within a few paragraphs.
   */
  static Optional<String> ofIt(String text, Span trigger, int end, EntityRegistry reg) {
    if (!IT_NEXT.matcher(text).region(trigger.end(), Math.max(trigger.end(), end)).lookingAt()) {
      return Optional.empty();
    }
    return lastPlaceBefore(trigger.start(), reg);
  }

  private static Optional<String> lastPlaceBefore(int at, EntityRegistry reg) {
    List<Mention> seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention x = seen.get(i);
      if (x.span().end() > at) {
        continue;
      }
      if (at - x.span().end() > REACH) {
        break;
      }
      if (reg.typeOf(x.entityKey()).map(EntityType::isPlace).orElse(false)) {
        return Optional.of(x.entityKey());
      }
    }
    return Optional.empty();
  }

  private static final Pattern SCARE_QUOTES = Pattern.compile("[\\s\"“”'‘’]*");

  /** Whether a place named by its kind follows the trigger: "took the town in a few hours". */
  static boolean kindNext(String text, Span trigger) {
    Matcher m = KIND_PHRASE.matcher(text).region(trigger.end(), text.length());
    // blanks and quote marks may stand between: 'had "liberated" the crossing'
    return m.find() && SCARE_QUOTES.matcher(text.substring(trigger.end(), m.start())).matches();
  }

  private static Set<EntityType> kindsOf(String kind) {
    return switch (kind) {
      case "crossing", "pass" -> Set.of(EntityType.BORDER_CROSSING);
      case "town", "village", "city", "settlement", "hamlet" -> Set.of(EntityType.CITY);
      case "province", "region" -> Set.of(EntityType.PROVINCE);
      case "district" -> Set.of(EntityType.DISTRICT);
      default -> Set.of(EntityType.AIRBASE);
    };
  }
}
