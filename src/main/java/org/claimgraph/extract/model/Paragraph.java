package org.claimgraph.extract.model;

import org.claimgraph.extract.Span;

/** A block of the article (a line or blank-line separated paragraph) and the role it plays. */
public record Paragraph(int index, Span span, ParagraphKind kind) {}
