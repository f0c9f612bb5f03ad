package org.claimgraph.extract.event;

import java.util.Optional;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Affiliation;
import org.claimgraph.extract.model.AffiliationKind;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;

/**
 * Who "its troops" or "our forces" are when a ministry, a government or a state speaks: that
 * country's armed forces, not the ministry itself ("Russia's defence ministry said its troops had
 * captured …" tells a capture by the army). Stateless.
 */
final class SpeakersForces {

  private SpeakersForces() {}

  /**
   * The body a person speaks for or belongs to, as the report said ("army spokesman NAME", "NAME, a
   * spokesman for the ministry"); the person when the report tied them to none.
   */
  static String bodyOf(String person, EntityRegistry reg) {
    return reg.affiliationsOf(person).stream()
        .filter(
            a ->
                a.kind() == AffiliationKind.SPOKESPERSON_FOR
                    || a.kind() == AffiliationKind.MEMBER_OF
                    || a.kind() == AffiliationKind.HEAD_OF)
        .map(Affiliation::objectKey)
        .filter(k -> reg.typeOf(k).map(EntityType::isActor).orElse(false))
        .filter(k -> reg.typeOf(k).orElse(EntityType.OTHER) != EntityType.PERSON)
        .findFirst()
        .orElse(person);
  }

  /**
   * The armed forces of the speaker's country that the report has mentioned, the latest first, else
   * that country's armed forces as such (a lead often names the ministry before the army); the
   * speaker itself when it is no such body or its country is unknown.
   */
  static String of(String speaker, EntityRegistry reg) {
    EntityType type = reg.typeOf(speaker).orElse(EntityType.OTHER);
    if (type != EntityType.MINISTRY && type != EntityType.GOVERNMENT && type != EntityType.STATE) {
      return speaker;
    }
    Optional<String> country = reg.countryOf(speaker);
    if (country.isEmpty()) {
      return speaker;
    }
    var seen = reg.mentions();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (reg.typeOf(m.entityKey()).orElse(EntityType.OTHER) == EntityType.MILITARY_FORCE
          && reg.countryOf(m.entityKey()).equals(country)) {
        return m.entityKey();
      }
    }
    return reg.forcesOf(country.get());
  }
}
