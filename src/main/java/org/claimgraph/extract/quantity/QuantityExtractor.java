package org.claimgraph.extract.quantity;

import java.util.List;

/** Finds the quantities in a piece of news text. Stateless and thread-safe. */
public final class QuantityExtractor {

  /** Every quantity in {@code text}, in text order, offsets relative to {@code text}. */
  public List<Quantity> find(CharSequence text) {
    // Filled in by the quantity work (issue 4); until then no quantities are reported.
    return List.of();
  }
}
