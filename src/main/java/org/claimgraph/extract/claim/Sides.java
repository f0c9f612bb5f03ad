package org.claimgraph.extract.claim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Affiliation;
import org.claimgraph.extract.model.EntityType;

/**
 * Which actors speak for one side, for the rules that weigh one party's words against another's: an
 * admitted loss confirms only the other side, a party still holding ground disputes only the other
 * side's gain, a speaker's own side urging makes the speaker urge. Stateless.
 */
final class Sides {

  private Sides() {}

  /**
   * Whether two actors speak for one side: the same actor, actors that share an affiliation ("a
   * spokesman for the Taliban" and the Taliban, two units of one army), or state actors of one
   * country ("Moscow" and Russia's foreign ministry).
   */
  static boolean same(String a, String b, EntityRegistry reg) {
    if (a.equals(b)) {
      return true;
    }
    Set<String> upA = affiliatedUp(a, reg);
    Set<String> upB = affiliatedUp(b, reg);
    for (String k : upA) {
      if (upB.contains(k)) {
        return true;
      }
    }
    if (isArmedGroup(upA, reg) || isArmedGroup(upB, reg)) {
      return false; // a rebel group and the government it fights share a country, not a side
    }
    Optional<String> country = reg.countryOf(a);
    return country.isPresent() && country.equals(reg.countryOf(b));
  }

  /** The actor and every actor it belongs to, following affiliations upwards. */
  private static Set<String> affiliatedUp(String key, EntityRegistry reg) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(key));
    while (!todo.isEmpty()) {
      String k = todo.pop();
      if (!seen.add(k)) {
        continue;
      }
      for (Affiliation a : reg.affiliationsOf(k)) {
        if (!reg.typeOf(a.objectKey()).map(EntityType::isPlace).orElse(false)) {
          todo.push(a.objectKey());
        }
      }
    }
    return seen;
  }

  private static boolean isArmedGroup(Set<String> keys, EntityRegistry reg) {
    return keys.stream()
        .anyMatch(k -> reg.typeOf(k).orElse(EntityType.OTHER) == EntityType.ARMED_GROUP);
  }
}
