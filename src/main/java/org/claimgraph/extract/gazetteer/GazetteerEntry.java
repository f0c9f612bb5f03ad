package org.claimgraph.extract.gazetteer;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.model.EntityType;

/**
 * One reference entity as the gazetteer describes it.
 *
 * @param key its key, e.g. {@code place/islam-qala}, {@code actor/taliban}
 * @param type what it is
 * @param prefLabel its preferred English name
 * @param altLabels other names, abbreviations, spellings
 * @param demonyms nationality adjectives ("Afghan"), for countries
 * @param links its links to other entities ({@code cg:locatedIn}, {@code cg:capital}…)
 */
public record GazetteerEntry(
    String key,
    EntityType type,
    String prefLabel,
    List<String> altLabels,
    List<String> demonyms,
    List<Link> links) {

  public GazetteerEntry {
    altLabels = List.copyOf(altLabels);
    demonyms = List.copyOf(demonyms);
    links = List.copyOf(links);
  }

  /** A link to another entity by the local name of a {@code cg:} property. */
  public record Link(String property, String objectKey) {}

  /** The first object of {@code property}, if any. */
  public Optional<String> link(String property) {
    return links.stream()
        .filter(l -> l.property().equals(property))
        .map(Link::objectKey)
        .findFirst();
  }

  /** Every object of {@code property}. */
  public List<String> links(String property) {
    return links.stream().filter(l -> l.property().equals(property)).map(Link::objectKey).toList();
  }
}
