package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Sentence;

/**
 * A quotation that goes on after its attribution: "\"We have the names of the dead,\" he said. \"We
 * will publish them.\"" The second quoted sentence has no verb of its own; wire copy and
 * broadcasters leave it to the attribution just before, in the same paragraph. Stateless.
 */
final class QuoteContinuation {

  private QuoteContinuation() {}

  /**
   * The claim of {@code sentence} when it is one whole quotation right after {@code previous}, a
   * quotation closed by its attribution, in the same paragraph: the same speaker and verb.
   */
  static Optional<ClaimDraft> of(String text, Sentence sentence, Optional<ClaimDraft> previous) {
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    Optional<Span> words = wholeQuotation(text, sentence.span());
    if (words.isEmpty()) {
      return Optional.empty();
    }
    ClaimDraft p = previous.get();
    String gap =
        text.substring(
            Math.min(p.cueSpan().end(), sentence.span().start()), sentence.span().start());
    if (gap.indexOf('\n') >= 0 || gap.indexOf('"') >= 0 || gap.indexOf('“') >= 0) {
      return Optional.empty(); // a new paragraph, or other words quoted between
    }
    return Optional.of(
        new ClaimDraft(
            p.claimantKey(),
            p.claimantKind(),
            p.claimantSpan(),
            p.cue(),
            p.cueSpan(),
            p.stance(),
            words.get(),
            sentence.index()));
  }

  /**
   * The last claim of {@code found} when its words are a quotation that its attribution follows
   * ("\"…,\" X said."), to be continued by the next sentence; otherwise none.
   */
  static Optional<ClaimDraft> closingQuote(String text, Sentence sentence, List<ClaimDraft> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ClaimDraft d = found.get(found.size() - 1);
    int before = d.content().start() - 1;
    boolean quoted =
        before >= sentence.span().start()
            && (text.charAt(before) == '"' || text.charAt(before) == '“');
    return quoted && d.cueSpan().start() > d.content().end() ? Optional.of(d) : Optional.empty();
  }

  /** The words of a sentence that is one quotation and nothing else, without its final stop. */
  private static Optional<Span> wholeQuotation(String text, Span ss) {
    String s = ss.quote(text).strip();
    if (s.length() < 4 || !(s.startsWith("\"") || s.startsWith("“"))) {
      return Optional.empty();
    }
    List<Span> quotes = QuoteFinder.quotations(text, ss);
    if (quotes.size() != 1) {
      return Optional.empty();
    }
    Span q = quotes.get(0);
    int after = q.end() + 1;
    if (text.substring(Math.min(after, ss.end()), ss.end()).strip().length() > 1) {
      return Optional.empty(); // words after the quotation: an attribution of its own
    }
    int start = q.start();
    int end = q.end();
    while (end > start && ".!?, ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > start ? Optional.of(new Span(start, end)) : Optional.empty();
  }
}
