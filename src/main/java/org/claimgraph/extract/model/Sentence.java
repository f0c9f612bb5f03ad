package org.claimgraph.extract.model;

import org.claimgraph.extract.Span;

/** A sentence, numbered in text order across the whole article, inside one paragraph. */
public record Sentence(int index, Span span, int paragraphIndex) {}
