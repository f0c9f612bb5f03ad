package org.claimgraph.extract.model;

import org.claimgraph.extract.Span;

/**
 * One place in the text where an entity is referred to.
 *
 * @param span the words of the mention
 * @param entityKey the entity it refers to
 * @param kind how it refers
 * @param sentenceIndex the sentence it is in, or -1 when outside any sentence
 */
public record Mention(Span span, String entityKey, MentionKind kind, int sentenceIndex) {}
