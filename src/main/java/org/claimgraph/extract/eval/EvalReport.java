package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Scores per kind of annotation, for one document or summed over many, printable as a table. */
public final class EvalReport {

  private final Map<String, KindScore> scores = new LinkedHashMap<>();

  public EvalReport(List<KindScore> scores) {
    scores.forEach(s -> this.scores.put(s.kind(), s));
  }

  public List<KindScore> scores() {
    return new ArrayList<>(scores.values());
  }

  public Optional<KindScore> score(String kind) {
    return Optional.ofNullable(scores.get(kind));
  }

  /** This report's counts plus {@code other}'s, kind by kind (a micro-average). */
  public EvalReport plus(EvalReport other) {
    Map<String, KindScore> sum = new LinkedHashMap<>(scores);
    other.scores.values().forEach(s -> sum.merge(s.kind(), s, KindScore::plus));
    return new EvalReport(new ArrayList<>(sum.values()));
  }

  /** A fixed-width table: kind, gold, predicted, matched, P, R, F1. */
  public String table() {
    StringBuilder out = new StringBuilder();
    String header = "%-18s %6s %6s %6s %6s %6s %6s%n";
    String row = "%-18s %6d %6d %6d %6.3f %6.3f %6.3f%n";
    out.append(String.format(Locale.ROOT, header, "kind", "gold", "pred", "match", "P", "R", "F1"));
    for (KindScore s : scores.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              s.kind(),
              s.gold(),
              s.predicted(),
              s.matched(),
              s.precision(),
              s.recall(),
              s.f1()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return table();
  }
}
