package org.claimgraph.extract.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * A ministry named without its country ("the Ministry of Defence", "the interior ministry",
 * "Foreign Ministry spokesperson …"): the ministry of the country the report is about, as a bare
 * "the army" is its army. Only where no other rule has read the words. Thread-safe.
 */
final class BareMinistries {

  private static final Pattern MINISTRY =
      Pattern.compile(
          "\\b(?:(?<t1>[A-Za-z]+(?:\\s+[Aa]ffairs)?)\\s+[Mm]inistry"
              + "|[Mm]inistry\\s+of\\s+(?:the\\s+)?(?<t2>[A-Za-z]+(?:\\s+[Aa]ffairs)?))\\b");

  /** Ministries by the words of their topic: "defence" → {key topic, label}. */
  private final Map<String, String[]> ministries = new HashMap<>();

  BareMinistries() {
    for (String[] row : LexiconFile.rows("ministries.tsv")) {
      ministries.put(row[0].toLowerCase(Locale.ROOT), new String[] {row[1], row[2]});
    }
  }

  /** Candidates for the bare ministries of the sentence that no chosen candidate overlaps. */
  void find(
      String text,
      Span sentence,
      EntityRegistry reg,
      List<Candidate> chosen,
      java.util.function.Function<String, String> countryLabel,
      List<Candidate> out) {
    if (!text.substring(sentence.start(), sentence.end())
        .toLowerCase(Locale.ROOT)
        .contains("ministry")) {
      return;
    }
    Matcher m = MINISTRY.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      String topic = m.group("t1") != null ? m.group("t1") : m.group("t2");
      String[] known = ministries.get(topic.toLowerCase(Locale.ROOT));
      if (known == null && m.group("t1") != null) {
        // "The Ministry of Defence": the word before was no topic; read on from "Ministry".
        m.region(m.end() - "ministry".length(), sentence.end());
        continue;
      }
      if (known == null
          || chosen.stream().anyMatch(c -> c.span().overlaps(span))
          || out.stream().anyMatch(c -> c.span().overlaps(span))) {
        continue;
      }
      Optional<String> country =
          possessor(text, chosen, span).or(() -> storysCountry(reg, chosen, span));
      if (country.isPresent()) {
        String c = country.get();
        out.add(
            new Candidate(
                span,
                Gazetteer.ministryKey(known[0], c),
                known[1] + " of " + countryLabel.apply(c),
                EntityType.MINISTRY,
                MentionKind.DESCRIPTION,
                2,
                c));
      } else {
        // A report that names no country still has its ministry: "The Interior Ministry said".
        out.add(
            new Candidate(
                span,
                "actor/ministry-of-" + known[0],
                known[1],
                EntityType.MINISTRY,
                MentionKind.DESCRIPTION,
                2));
      }
    }
  }

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+");

  /** "Orsana's Foreign Ministry": the country named just before, with a possessive. */
  private static Optional<String> possessor(String text, List<Candidate> chosen, Span span) {
    for (Candidate c : chosen) {
      if (c.span().end() < span.start()
          && POSSESSIVE.matcher(text).region(c.span().end(), span.start()).matches()) {
        if (c.type() == EntityType.COUNTRY) {
          return Optional.of(c.key());
        }
        if (c.type() == EntityType.STATE && c.countryKey() != null) {
          return Optional.of(c.countryKey());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> storysCountry(
      EntityRegistry reg, List<Candidate> chosen, Span span) {
    List<String> before =
        chosen.stream()
            .filter(c -> c.span().end() <= span.start())
            .sorted(Comparator.comparing(Candidate::span))
            .map(Candidate::key)
            .toList();
    return CountrySalience.mostSalient(before, reg.mentions(), reg);
  }
}
