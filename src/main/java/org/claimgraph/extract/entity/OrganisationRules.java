package org.claimgraph.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * Organisations no reference data knows, typed by their head noun ({@code organisation-heads.tsv}):
 * "the Velmar Liberation Front" is an armed group, "the National Reform Party" an organisation.
 * Reference data wins any overlap, since gazetteer candidates are preferred by the resolver when
 * they are as long. Thread-safe.
 */
final class OrganisationRules {

  /**
   * Capitalised words (and "of", "for", "and" between them) before the head noun; never "the",
   * which starts a new phrase ("Fighters of the X Front").
   */
  private static final String WORD = "(?:[A-Z][\\p{L}'’\\-]*|\\d+(?:st|nd|rd|th))";

  private static final String NAME = WORD + "(?:\\s+(?:(?:of|for|and)\\s+)?" + WORD + "){0,5}?";

  /** Days and months, which follow names in dates ("on Friday", "on March 3") and are no part. */
  private static final String DATE_WORD =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
          + "|May|June|July|August|September|October|November|December)";

  private static final Pattern LEADING = Pattern.compile("^(?:(?:The|A|An|In|On|At|By)\\s+)+");

  private final Map<String, EntityType> heads = new HashMap<>();
  private final Pattern pattern;
  private final Keywords headWords;

  OrganisationRules() {
    for (String[] row : LexiconFile.rows("organisation-heads.tsv")) {
      heads.put(row[0], EntityType.valueOf(row[1]));
    }
    String alternatives =
        heads.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    headWords = Keywords.of(heads.keySet().toArray(new String[0]));
    // "the Committee for National Security", "the International Organization for Migration",
    // "the Government of National Unity": a capitalised complement after the head is in the name.
    pattern =
        Pattern.compile(
            // Every name starts with a capital or a digit: the lookahead spares the rest elsewhere.
            "\\b(?=[A-Z0-9])(?<name>(?:"
                + NAME
                + "\\s+)?(?<head>"
                + alternatives
                + ")(?<tail>\\s+(?:of|for|on)\\s+(?:the\\s+)?"
                // "the X Front on Friday": a date after the name is no complement of it
                + "(?!"
                + DATE_WORD
                + "\\b)"
                + WORD
                + "(?:\\s+(?:(?:and|of|for)\\s+(?:the\\s+)?)?"
                + WORD
                + "){0,3})?)\\b(?!\\s+of\\s+[A-Z])");
  }

  /** Words that make a movement or council an armed one: "People's Liberation Movement". */
  private static final Pattern ARMED_WORDS =
      Pattern.compile(
          "\\b(?:Liberation|Resistance|Revolutionary|Salvation|Mujahideen|Jihad|Insurgent"
              + "|Self-Defen[cs]e)\\b");

  /** Fighters said to belong to the name: "rebels of the X Movement". */
  private static final Pattern FIGHTERS_OF =
      Pattern.compile(
          "\\b(?:rebels|fighters|militants|insurgents|gunmen|militiamen)\\s+(?:of|from)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether an organisation is armed by its name's words or by the fighters said to be its own; an
   * army or a brigade is armed by its head already.
   */
  private static boolean armed(String text, Span sentence, int start, String name) {
    return ARMED_WORDS.matcher(name).find()
        || FIGHTERS_OF.matcher(text).region(Math.max(sentence.start(), start - 40), start).find();
  }

  void find(String text, Span sentence, List<Candidate> out) {
    if (!headWords.anyIn(text, sentence.start(), sentence.end())) {
      return; // no head noun, no name: spares the pattern, tried at every capital letter
    }
    Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      int start = m.start("name");
      String name = m.group("name");
      Matcher lead = LEADING.matcher(name);
      if (lead.find()) {
        start += lead.end();
        name = name.substring(lead.end());
      }
      if (name.equals(m.group("head")) || !name.contains(" ")) {
        continue; // a head noun alone ("Army") is no name
      }
      if (m.group("tail") == null && name.startsWith(m.group("head"))) {
        continue; // "Council said": the head opening the sentence is no name
      }
      if (name.startsWith(m.group("head"))
          && m.group("head").endsWith("s")
          && m.group("tail").strip().startsWith("of the")) {
        // "Units of the Northern Command" opening a sentence: some of a force named after "the".
        m.region(m.end("head"), sentence.end());
        continue;
      }
      if (heads.get(m.group("head")) == EntityType.GOVERNMENT
          && (m.group("tail") == null || !name.startsWith(m.group("head")))) {
        continue; // "the Afghan Government" is the state's, which descriptions resolve
      }
      EntityType type =
          armed(text, sentence, start, name) ? EntityType.ARMED_GROUP : heads.get(m.group("head"));
      out.add(
          new Candidate(
              new Span(start, m.end("name")),
              "actor/" + Keys.slug(name),
              name,
              type,
              MentionKind.NAME,
              0));
    }
  }
}
