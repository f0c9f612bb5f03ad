package org.claimgraph.extract.model;

import java.util.List;

/**
 * An actor or place the article speaks of, merged across all its mentions.
 *
 * @param key stable key and IRI path under {@code {base}id/}, e.g. {@code actor/taliban}, {@code
 *     place/herat}, {@code actor/government-of-afghanistan}; the same thing has the same key in
 *     every article
 * @param label a human-readable name (the gazetteer's preferred label, else the fullest name seen)
 * @param type what it is
 * @param fromGazetteer whether it is reference data; false when created from the text alone
 * @param aliases other names used for it in this article, in order of first use
 */
public record Entity(
    String key, String label, EntityType type, boolean fromGazetteer, List<String> aliases) {

  public Entity {
    aliases = List.copyOf(aliases);
  }

  /** The key without its kind prefix: {@code taliban} for {@code actor/taliban}. */
  public String localKey() {
    int slash = key.indexOf('/');
    return slash < 0 ? key : key.substring(slash + 1);
  }

  /** The key's kind prefix: {@code actor} or {@code place}. */
  public String kind() {
    int slash = key.indexOf('/');
    return slash < 0 ? type.iriKind() : key.substring(0, slash);
  }
}
