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
import org.claimgraph.extract.time.TimeExpression;

/** Extracts the numbered claims of a sentence with their about-entities and propositions. */
public final class ClaimExtractor {

  private final ClaimFinder finder;
  private final PropositionParser propositions = new PropositionParser();

  public ClaimExtractor(ReportingLexicon lexicon) {
    this.finder = new ClaimFinder(lexicon);
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
    for (ClaimDraft d : finder.find(text, sentence, mentions, reg, memory)) {
      Set<String> about = new LinkedHashSet<>();
      for (Mention m : mentions) {
        if (d.content().contains(m.span())) {
          about.add(m.entityKey());
        }
      }
      Optional<TimeExpression> time =
          times.stream().filter(t -> !d.content().overlaps(t.span())).findFirst();
      out.add(
          new Claim(
              firstIndex + out.size(),
              d.claimantKey(),
              d.claimantKind(),
              d.claimantSpan(),
              d.cue(),
              d.cueSpan(),
              d.stance(),
              d.content(),
              d.sentenceIndex(),
              List.copyOf(about),
              propositions.parse(text, d.content(), d.claimantKey(), mentions, reg, quantities),
              time));
    }
    return out;
  }
}
