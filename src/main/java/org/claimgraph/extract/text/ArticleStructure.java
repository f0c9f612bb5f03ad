package org.claimgraph.extract.text;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Paragraph;
import org.claimgraph.extract.model.Sentence;

/** The segmented article: title, optional subtitle, paragraphs with kinds, and sentences. */
public record ArticleStructure(
    Span title, Optional<Span> subtitle, List<Paragraph> paragraphs, List<Sentence> sentences) {

  public ArticleStructure {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
  }

  public Paragraph paragraphOf(Sentence s) {
    return paragraphs.get(s.paragraphIndex());
  }
}
