package org.claimgraph.extract.model;

import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.quantity.Quantity;

/** What a claim's content says, in a structured form the graph can query. */
public sealed interface Proposition {

  /** The words the proposition was read from, inside the claim's content. */
  Span evidence();

  /**
   * That an actor controls a territory, or a share of it ("control of about 85% of the country").
   *
   * @param share the share as a quantity, when the quantity extractor read one
   * @param sharePhrase the words giving the share ("about 85%"), even when not read as a quantity
   */
  record TerritorialControl(
      String controllerKey,
      String territoryKey,
      Optional<Quantity> share,
      Optional<Span> sharePhrase,
      Span evidence)
      implements Proposition {}

  /** That an actor took a place. */
  record Capture(String agentKey, String placeKey, Span evidence) implements Proposition {}

  /** That an actor is present in a place ("forces are present in the area"). */
  record Presence(String actorKey, Optional<String> placeKey, Span evidence)
      implements Proposition {}

  /** That an actor left a place. */
  record Withdrawal(String actorKey, String placeKey, Span evidence) implements Proposition {}
}
