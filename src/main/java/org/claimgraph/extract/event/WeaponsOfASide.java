package org.claimgraph.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;

/**
 * Whose weapons struck when the subject is a country's adjective and a weapon: "a Kaldoran drone
 * struck", "Russian jets bombed", "Israeli warplanes attacked". The adjective names the country,
 * and a country's weapons are its forces'. Stateless.
 */
final class WeaponsOfASide {

  /** A weapon or armed craft right after the adjective: "drone", "fighter jets", "artillery". */
  private static final Pattern WEAPON =
      Pattern.compile(
          "\\s+(?:(?:fighter|attack|combat|military|army)\\s+)?(?:drones?|jets?|warplanes?|aircraft"
              + "|helicopters?|gunships?|artillery|planes?|missiles?|rockets?|tanks?|gunboats?"
              + "|warships?|bombers?|troops|soldiers|forces|units)\\b",
          Pattern.CASE_INSENSITIVE);

  private WeaponsOfASide() {}

  /** The forces of the country whose adjective and weapon stand in {@code clause}, if any. */
  static Optional<String> of(String text, Span clause, List<Mention> mentions, EntityRegistry reg) {
    for (Mention m : mentions) {
      if (m.span().start() >= clause.start()
          && m.span().end() < clause.end()
          && reg.typeOf(m.entityKey()).orElse(null) == EntityType.COUNTRY) {
        Matcher w = WEAPON.matcher(text).region(m.span().end(), clause.end());
        if (w.lookingAt()) {
          return Optional.of(reg.forcesOf(m.entityKey()));
        }
      }
    }
    return Optional.empty();
  }
}
