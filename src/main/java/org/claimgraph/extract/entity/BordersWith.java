package org.claimgraph.extract.entity;

import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.MentionKind;

/**
 * "the border with Vessia": the border between the country the report is about and the one named.
 * Reporters name a border by its far side only; the near side is the story's country. Thread-safe.
 */
final class BordersWith {

  /** The words before the far country's name; anchored where the name starts. */
  private static final Pattern BORDER_WITH =
      Pattern.compile("\\b(?:the\\s+)?(?:border|frontier)\\s+with\\s+(?:neighbou?ring\\s+)?$");

  /** How far before a country's name the words can start. */
  private static final int REACH = 40;

  /**
   * Replaces, among the chosen candidates of a sentence, each country so introduced by the border
   * it shares with the story's country, spanning the whole phrase.
   */
  void describe(String text, Span sentence, EntityRegistry reg, List<Candidate> chosen) {
    if (!text.substring(sentence.start(), sentence.end()).contains(" with ")) {
      return;
    }
    for (ListIterator<Candidate> it = chosen.listIterator(); it.hasNext(); ) {
      Candidate far = it.next();
      if (far.type() != EntityType.COUNTRY) {
        continue;
      }
      int from = Math.max(sentence.start(), far.span().start() - REACH);
      Matcher m = BORDER_WITH.matcher(text).region(from, far.span().start());
      if (!m.find()) {
        continue;
      }
      Optional<String> near = storysCountry(reg, chosen, far);
      if (near.isEmpty()) {
        continue;
      }
      String a = near.get();
      String b = far.key();
      String key = Gazetteer.borderKey(a, b);
      String first = Gazetteer.local(a).compareTo(Gazetteer.local(b)) <= 0 ? a : b;
      String second = first.equals(a) ? b : a;
      String label =
          reg.labelOf(first).orElse(far.label())
              + "–"
              + (second.equals(b) ? far.label() : reg.labelOf(second).orElse(second))
              + " border";
      it.set(
          new Candidate(
              new Span(m.start(), far.span().end()),
              key,
              label,
              EntityType.BORDER,
              MentionKind.DESCRIPTION,
              far.priority(),
              first + " " + second));
    }
  }

  /** The country the report is about so far, other than the far side. */
  private static Optional<String> storysCountry(
      EntityRegistry reg, List<Candidate> chosen, Candidate far) {
    List<String> before =
        chosen.stream()
            .filter(c -> c.span().end() <= far.span().start())
            .sorted(Comparator.comparing(Candidate::span))
            .map(Candidate::key)
            .filter(k -> !k.equals(far.key()))
            .toList();
    List<Mention> seen =
        reg.mentions().stream().filter(x -> !x.entityKey().equals(far.key())).toList();
    return CountrySalience.mostSalient(before, seen, reg)
        .filter(c -> !c.equals(far.key()))
        .filter(c -> reg.labelOf(c).isPresent());
  }
}
