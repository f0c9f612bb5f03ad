package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * Settlements named in a list after a plural noun: "the nearby towns of Osk and Vireya", "the
 * villages of Tarsa, Ouria and Meskel". Each name is a settlement, as after "the town of"; reports
 * tell captures of several places this way. Thread-safe.
 */
final class SettlementLists {

  private static final String NAME = "[A-Z][\\p{L}'’\\-]+(?:\\s+[A-Z][\\p{L}'’\\-]+)?";

  private static final Pattern LIST =
      Pattern.compile(
          "\\b(?:towns|villages|cities|settlements)\\s+of\\s+(?<list>"
              + NAME
              + "(?:\\s*,\\s*"
              + NAME
              + ")*(?:\\s*,?\\s+and\\s+"
              + NAME
              + "))");

  private static final Pattern ONE = Pattern.compile(NAME);

  private final Gazetteer gazetteer;

  SettlementLists(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Adds a candidate for each name of each list in the sentence. */
  void find(CharSequence text, Span sentence, List<Candidate> out) {
    Matcher m = LIST.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Matcher name = ONE.matcher(text).region(m.start("list"), m.end("list"));
      while (name.find()) {
        String n = name.group();
        if (n.equals("And")) {
          continue;
        }
        Span span = new Span(name.start(), name.end());
        List<Gazetteer.NameHit> hits = gazetteer.lookup(Gazetteer.normalise(n));
        if (hits.isEmpty()) {
          out.add(
              new Candidate(
                  span, "place/" + Keys.slug(n), n, EntityType.CITY, MentionKind.NAME, 4));
        } else if (hits.get(0).entry().type().isPlace()
            && hits.get(0).entry().type() != EntityType.COUNTRY) {
          GazetteerEntry e = hits.get(0).entry();
          out.add(new Candidate(span, e.key(), e.prefLabel(), e.type(), MentionKind.NAME, 4));
        }
      }
    }
  }
}
