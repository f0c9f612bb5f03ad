package org.claimgraph.extract.model;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.time.TimeExpression;

/**
 * An attributed statement: someone says, claims, denies, fears or urges something, as the article
 * reports it. Its content is never a fact of the graph.
 *
 * @param index number of the claim in the article, from 0, in text order
 * @param claimantKey the entity that makes it; empty when the source is unnamed or the outlet
 * @param claimantKind who stands behind it
 * @param claimantSpan the words naming the claimant (a pronoun, "other sources"…); may be empty
 *     (zero-length) only when the text names no source at all
 * @param cue the reporting word as written ("said", "according to", "statement")
 * @param cueSpan where the cue is
 * @param stance what the claimant does with the content
 * @param content the reported words, without the attribution
 * @param sentenceIndex the sentence the claim is in (where its cue is)
 * @param aboutKeys entities mentioned in the content, in order, without repeats
 * @param proposition what the content says, in structured form, when it can be parsed
 * @param time when the claim was made ("on Friday, Russia said"), when the text says
 */
public record Claim(
    int index,
    Optional<String> claimantKey,
    SourceKind claimantKind,
    Span claimantSpan,
    String cue,
    Span cueSpan,
    Stance stance,
    Span content,
    int sentenceIndex,
    List<String> aboutKeys,
    Optional<Proposition> proposition,
    Optional<TimeExpression> time) {

  public Claim {
    aboutKeys = List.copyOf(aboutKeys);
  }
}
