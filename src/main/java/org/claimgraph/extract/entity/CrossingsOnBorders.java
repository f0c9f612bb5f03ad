package org.claimgraph.extract.entity;

import java.util.List;
import java.util.ListIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * A crossing described by the border it lies on: "the key crossing of the Afghanistan-Iran border",
 * "the main border crossing on the Afghan-Pakistani frontier". Reporters name a crossing once and
 * then describe it so. When the report has already named exactly one crossing that the gazetteer
 * puts on that border, the description is that crossing; with none or several named, the words stay
 * a mention of the border, since the border has other crossings the report may mean. Thread-safe.
 */
final class CrossingsOnBorders {

  /** The words before the border's name; anchored at the region's end, where the border starts. */
  private static final Pattern CROSSING_BEFORE_BORDER =
      Pattern.compile(
          "\\bthe\\s+(?:(?:key|main|major|busy|busiest|important|strategic|vital|only|sole"
              + "|largest|biggest|principal|official|commercial)\\s+)*(?:border\\s+)?crossing"
              + "(?:\\s+point)?\\s+(?:of|on|at|along)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** How far before a border's name the description can start. */
  private static final int REACH = 90;

  private static final Keywords CROSSING_WORDS = Keywords.requiredBy(CROSSING_BEFORE_BORDER);

  /**
   * Replaces, among the chosen candidates of a sentence, each border so described by the crossing
   * the report has named on it, spanning the whole description.
   */
  void describe(String text, Span sentence, EntityRegistry reg, List<Candidate> chosen) {
    if (!CROSSING_WORDS.anyIn(text, sentence.start(), sentence.end())) {
      return;
    }
    for (ListIterator<Candidate> it = chosen.listIterator(); it.hasNext(); ) {
      Candidate border = it.next();
      if (border.type() != EntityType.BORDER) {
        continue;
      }
      int from = Math.max(sentence.start(), border.span().start() - REACH);
      Matcher m = CROSSING_BEFORE_BORDER.matcher(text).region(from, border.span().start());
      if (!m.find()) {
        continue;
      }
      List<Entity> named = crossingsNamedOn(border.key(), reg);
      if (named.size() == 1) {
        Entity crossing = named.get(0);
        it.set(
            new Candidate(
                new Span(m.start(), border.span().end()),
                crossing.key(),
                crossing.label(),
                EntityType.BORDER_CROSSING,
                MentionKind.DESCRIPTION,
                border.priority()));
      }
    }
  }

  private static List<Entity> crossingsNamedOn(String borderKey, EntityRegistry reg) {
    return reg.entities().stream()
        .filter(e -> e.type() == EntityType.BORDER_CROSSING)
        .filter(
            e ->
                reg.gazetteer()
                    .get(e.key())
                    .map(g -> g.links("onBorder").contains(borderKey))
                    .orElse(false))
        .toList();
  }
}
