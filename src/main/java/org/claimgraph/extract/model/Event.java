package org.claimgraph.extract.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.time.TimeExpression;

/**
 * Something that happened (or is reported to have happened), with who did it, where and when.
 *
 * @param index number of the event in the article, from 0, in text order
 * @param type what kind of happening
 * @param trigger the word(s) that tell it ("captured", "fled", "acknowledged the loss of")
 * @param agentKey who did it, when the text says
 * @param placeKeys where, in order of mention
 * @param time when, as the sentence says
 * @param quantities the quantities in its sentence ("five districts", "more than a thousand")
 * @param evidence the clause or sentence that tells it
 * @param sentenceIndex the sentence it is in
 * @param reportedByClaim the claim whose content tells it; then the graph must not assert it as
 *     fact, only as what the claim says
 */
public record Event(
    int index,
    EventType type,
    Span trigger,
    Optional<String> agentKey,
    List<String> placeKeys,
    Optional<TimeExpression> time,
    List<Quantity> quantities,
    Span evidence,
    int sentenceIndex,
    OptionalInt reportedByClaim) {

  public Event {
    placeKeys = List.copyOf(placeKeys);
    quantities = List.copyOf(quantities);
  }
}
