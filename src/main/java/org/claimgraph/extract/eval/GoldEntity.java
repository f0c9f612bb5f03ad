package org.claimgraph.extract.eval;

import java.util.List;

/**
 * An actor or place a careful reader lists for a text.
 *
 * @param label the canonical name ("Taliban")
 * @param type one of the entity types of the gold format ("ARMED_GROUP", "BORDER_CROSSING", ...)
 * @param aliases the other surface forms seen in the text ("the Taliban forces")
 */
public record GoldEntity(String label, String type, List<String> aliases) {

  public GoldEntity {
    aliases = List.copyOf(aliases);
  }
}
