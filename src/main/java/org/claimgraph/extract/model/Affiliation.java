package org.claimgraph.extract.model;

import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * That the subject actor is affiliated with the object (an actor, or a country for {@code
 * GOVERNMENT_OF}, {@code FORCE_OF}, {@code HEAD_OF}), as the text says it.
 *
 * @param evidence the words that say so; empty when the link comes from how a key was formed ("the
 *     interior ministry of Afghanistan" is part of Afghanistan's government by definition)
 * @param role the role words as written, e.g. "spokesperson", "foreign minister", when given
 */
public record Affiliation(
    String subjectKey,
    AffiliationKind kind,
    String objectKey,
    Optional<Span> evidence,
    Optional<String> role) {}
