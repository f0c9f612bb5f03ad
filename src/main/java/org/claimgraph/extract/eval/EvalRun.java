package org.claimgraph.extract.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one evaluation: a report per gold document, by name, and their micro-average.
 *
 * @param documents each document's report, in name order
 * @param overall the counts of all documents summed, kind by kind
 */
public record EvalRun(Map<String, EvalReport> documents, EvalReport overall) {

  public EvalRun {
    documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
  }

  /** Every document's table under its name, then the overall table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    documents.forEach((name, report) -> out.append("== ").append(name).append('\n').append(report));
    out.append("== overall (micro-averaged)\n").append(overall.table());
    return out.toString();
  }
}
