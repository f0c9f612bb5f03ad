package org.claimgraph.extract.gazetteer;

import org.claimgraph.extract.Span;

/** A gazetteer name found in text: where, and which entry and name it is. */
public record NameMatch(Span span, Gazetteer.NameHit hit) {

  public GazetteerEntry entry() {
    return hit.entry();
  }

  public boolean isDemonym() {
    return hit.kind() == Gazetteer.NameKind.DEMONYM;
  }
}
