package org.claimgraph.extract.model;

import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * A geographic link the text states or that a created place needs ("the Afghan-Tajik border" lies
 * between Afghanistan and Tajikistan), so that places met only in this article are still placed.
 */
public record PlaceRelation(
    String subjectKey, PlaceRelationKind kind, String objectKey, Optional<Span> evidence) {}
