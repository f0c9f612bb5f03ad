package org.claimgraph.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.Affiliation;
import org.claimgraph.extract.model.AffiliationKind;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;

/**
 * Which country a passage is about, so that a bare "the government" means that country's government
 * rather than whichever government the text named last: each mention of a country, of its
 * government, forces, ministries or leaders counts for that country, those in the sentence itself
 * twice, those earlier in the paragraph once; a tie goes to the latest mention.
 */
final class CountrySalience {

  private CountrySalience() {}

  /**
   * The most salient country.
   *
   * @param sentenceKeys keys of the entities mentioned in the sentence so far, in text order
   * @param paragraphMentions earlier mentions in the same paragraph, in text order
   */
  static Optional<String> mostSalient(
      List<String> sentenceKeys, List<Mention> paragraphMentions, EntityRegistry reg) {
    Map<String, Integer> score = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    int order = 0;
    for (Mention m : paragraphMentions) {
      for (String c : countriesOf(m.entityKey(), reg)) {
        score.merge(c, 1, Integer::sum);
        last.put(c, order++);
      }
    }
    for (String key : sentenceKeys) {
      for (String c : countriesOf(key, reg)) {
        score.merge(c, 2, Integer::sum);
        last.put(c, order++);
      }
    }
    return score.keySet().stream()
        .max(
            (a, b) ->
                !score.get(a).equals(score.get(b))
                    ? Integer.compare(score.get(a), score.get(b))
                    : Integer.compare(last.get(a), last.get(b)));
  }

  /**
   * The countries a mention speaks of: its country, or both countries of a border ("the
   * Afghan-Tajik border" is news about Afghanistan and Tajikistan, so that a "government" in the
   * same breath is not that of a third country that merely comments).
   */
  private static List<String> countriesOf(String key, EntityRegistry reg) {
    if (reg.typeOf(key).orElse(EntityType.OTHER) == EntityType.BORDER) {
      return reg.gazetteer().get(key).stream()
          .flatMap(e -> e.links().stream())
          .filter(l -> l.property().equals("between"))
          .map(GazetteerEntry.Link::objectKey)
          .toList();
    }
    return countryOf(key, reg).stream().toList();
  }

  /**
   * The country an entity stands for or belongs to: a country itself, a country acting as a whole,
   * a capital, or an actor affiliated with a country (its government, forces, ministry, head).
   */
  static Optional<String> countryOf(String key, EntityRegistry reg) {
    return countryOf(key, reg, 0);
  }

  private static Optional<String> countryOf(String key, EntityRegistry reg, int depth) {
    EntityType type = reg.typeOf(key).orElse(EntityType.OTHER);
    if (type == EntityType.COUNTRY) {
      return Optional.of(key);
    }
    Gazetteer g = reg.gazetteer();
    if (type == EntityType.STATE) {
      return Optional.of("place/" + Gazetteer.local(key));
    }
    if (type == EntityType.CITY) {
      return g.countryOfCapital(key);
    }
    if (type.isPlace()) {
      return Optional.empty();
    }
    Optional<String> known = g.countryOfActor(key);
    if (known.isPresent()) {
      return known;
    }
    for (Affiliation a : reg.affiliationsOf(key)) {
      switch (a.kind()) {
        case GOVERNMENT_OF, FORCE_OF, MINISTRY_OF, HEAD_OF -> {
          if (reg.typeOf(a.objectKey()).orElse(EntityType.OTHER) == EntityType.COUNTRY) {
            return Optional.of(a.objectKey());
          }
        }
        default -> {}
      }
    }
    if (depth > 0) {
      return Optional.empty(); // a spokesperson's ministry, not the ministry's partners
    }
    for (Affiliation a : reg.affiliationsOf(key)) {
      if (a.kind() != AffiliationKind.HEAD_OF && !a.objectKey().equals(key)) {
        EntityType t = reg.typeOf(a.objectKey()).orElse(EntityType.OTHER);
        if (t == EntityType.GOVERNMENT || t == EntityType.MINISTRY) {
          return countryOf(a.objectKey(), reg, depth + 1);
        }
      }
    }
    return Optional.empty();
  }
}
