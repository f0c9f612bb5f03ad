package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.text.QuestionMarks;
import org.claimgraph.extract.time.TimeExpression;

/** Extracts the numbered claims of a sentence with their about-entities and propositions. */
public final class ClaimExtractor {

  private final ClaimFinder finder;
  private final ReportingLexicon lexicon;
  private final PropositionParser propositions = new PropositionParser();

  public ClaimExtractor(ReportingLexicon lexicon) {
    this.finder = new ClaimFinder(lexicon);
    this.lexicon = lexicon;
  }

  /**
   * The claims of one sentence, numbered from {@code firstIndex}.
   *
   * @param quantities and times: those found in the sentence, offsets into the article text
   */
  public List<Claim> extract(
      String text,
      Sentence sentence,
      List<Mention> mentions,
      EntityRegistry reg,
      ClaimFinder.Memory memory,
      int firstIndex,
      List<Quantity> quantities,
      List<TimeExpression> times) {
    List<Claim> out = new ArrayList<>();
    if (QuestionMarks.endsAQuestion(text, sentence.span())) {
      // "What are officials saying about civilians?", "Did the army say it had left?": a question
      // attributes nothing; whoever answers it makes the claim.
      return out;
    }
    for (ClaimDraft d : finder.find(text, sentence, mentions, reg, memory)) {
      out.add(toClaim(text, d, mentions, reg, firstIndex + out.size(), quantities, times));
    }
    return out;
  }

  /**
   * The transcript speaker's claim in a sentence of their turn that nothing else attributes (see
   * {@link TurnStatements}); call it only for a sentence with no other claim or assessment.
   */
  public List<Claim> turnStatement(
      String text,
      Sentence sentence,
      List<Mention> mentions,
      EntityRegistry reg,
      int index,
      List<Quantity> quantities,
      List<TimeExpression> times) {
    // The turn first: outside a transcript (most sentences) it is one anchored match at the
    // paragraph's start, while the reporting-verb search reads the whole sentence.
    Optional<ClaimDraft> draft = TurnStatements.of(text, sentence, reg);
    if (draft.isEmpty()) {
      return List.of();
    }
    String words = sentence.span().quote(text);
    if (lexicon.verbPattern().matcher(words).find()
        || words.toLowerCase(java.util.Locale.ROOT).contains("according to")) {
      // A reporting word the finder could not use ("We deny it") is no plain statement either.
      return List.of();
    }
    return List.of(toClaim(text, draft.get(), mentions, reg, index, quantities, times));
  }

  private Claim toClaim(
      String text,
      ClaimDraft d,
      List<Mention> mentions,
      EntityRegistry reg,
      int index,
      List<Quantity> quantities,
      List<TimeExpression> times) {
    Set<String> about = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (d.content().contains(m.span())) {
        about.add(m.entityKey());
      }
    }
    Optional<TimeExpression> time =
        times.stream().filter(t -> !d.content().overlaps(t.span())).findFirst();
    return new Claim(
        index,
        d.claimantKey(),
        d.claimantKind(),
        d.claimantSpan(),
        d.cue(),
        d.cueSpan(),
        ContentStance.of(d.content().quote(text), OwnSideStance.of(text, d, mentions, reg)),
        d.content(),
        d.sentenceIndex(),
        List.copyOf(about),
        propositions.parse(text, d.content(), d.claimantKey(), mentions, reg, quantities),
        time);
  }
}
