package org.claimgraph.extract.entity;

import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * A possible mention before overlaps are resolved: longer candidates win, then higher priority.
 *
 * @param label the label to give the entity if it has to be created
 * @param countryKey the country a derived actor (government, forces, ministry) belongs to; for a
 *     border, its two countries separated by a space
 */
record Candidate(
    Span span,
    String key,
    String label,
    EntityType type,
    MentionKind kind,
    int priority,
    String countryKey) {

  Candidate(Span span, String key, String label, EntityType type, MentionKind kind, int priority) {
    this(span, key, label, type, kind, priority, null);
  }
}
