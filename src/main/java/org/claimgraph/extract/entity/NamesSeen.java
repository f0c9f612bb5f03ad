package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.CalendarNames;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * Names no reference data knows, once the text has introduced them, link wherever they recur: "the
 * border town of Dunavar" makes a later bare "Dunavar" the same town, and "the Velmar Liberation
 * Front (VLF)" makes "VLF" the front. Reporters introduce a name with its kind or its full form
 * once and then use the short form. Thread-safe; the names live in the {@link EntityRegistry}.
 */
final class NamesSeen {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern BLANKS_AND_HYPHENS = Pattern.compile("[\\s\\-]+");

  /** "(VLF)" right after a name: an acronym the report will use from then on. */
  private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((?<acr>[A-Z]{2,8})\\)");

  private static final Pattern CAPITALISED_NEXT = Pattern.compile("^[ \\t]+\\p{Lu}");
  private static final Pattern CAPITALISED_BEFORE =
      Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*[ \\t]+$");

  /** Lower than every rule that reads context, so that a longer or surer reading wins. */
  private static final int PRIORITY = 0;

  /** Candidates for every recurrence, in the sentence, of a name the text introduced earlier. */
  void recurrences(String text, Span sentence, EntityRegistry reg, List<Candidate> out) {
    // Searched within the sentence only: searching the rest of the text for every name seen, in
    // every sentence, grew with the cube of a report's length. An occurrence that would not end
    // inside the sentence stopped the search before, so the same occurrences are found.
    String words = sentence.quote(text);
    for (Map.Entry<String, String> seen : reg.namesSeen().entrySet()) {
      String name = seen.getKey();
      String key = seen.getValue();
      int from = sentence.start();
      int at;
      while ((at = indexIn(words, name, from, sentence.start())) >= 0) {
        int end = at + name.length();
        if (wordBoundary(text, at - 1)
            && wordBoundary(text, end)
            && !insideLongerName(text, sentence, at, end)) {
          EntityType type = reg.typeOf(key).orElse(EntityType.OTHER);
          String label = reg.labelOf(key).orElse(name);
          out.add(new Candidate(new Span(at, end), key, label, type, MentionKind.NAME, PRIORITY));
        }
        from = end;
      }
    }
  }

  /** Where {@code name} next stands wholly in the sentence, from {@code from}, or -1. */
  private static int indexIn(String sentenceWords, String name, int from, int sentenceStart) {
    int at = sentenceWords.indexOf(name, from - sentenceStart);
    return at < 0 ? -1 : at + sentenceStart;
  }

  /**
   * The acronym given in brackets after a chosen name whose initials it spells ("Sorran Defence
   * Units (SDU)"), as a candidate of the same entity; also noted so that it links later.
   */
  void acronyms(String text, Span sentence, List<Candidate> chosen, EntityRegistry reg) {
    for (Candidate c : List.copyOf(chosen)) {
      if (c.type() == EntityType.PERSON || c.span().end() >= sentence.end()) {
        continue;
      }
      Matcher m = ACRONYM_AFTER.matcher(text).region(c.span().end(), sentence.end());
      if (!m.lookingAt() || !spellsInitials(m.group("acr"), c.span().quote(text))) {
        continue;
      }
      Span span = new Span(m.start("acr"), m.end("acr"));
      if (chosen.stream().noneMatch(x -> x.span().overlaps(span))) {
        chosen.add(new Candidate(span, c.key(), c.label(), c.type(), MentionKind.NAME, PRIORITY));
      }
      reg.noteName(m.group("acr"), c.key());
    }
  }

  /** Whether the letters are the initials of the capitalised words of the name, in order. */
  static boolean spellsInitials(String acronym, String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : BLANKS_AND_HYPHENS.split(name)) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString().equals(acronym)
        // "the Institute for the Study of War (ISW)": words of a name may be left out at the start.
        || initials.toString().endsWith(acronym) && acronym.length() >= 3;
  }

  /**
   * Whether capitalised words run on from the name ("Keshet General Hospital", "Port Selim"): then
   * it is part of another name, which other rules read.
   */
  private static boolean insideLongerName(String text, Span sentence, int at, int end) {
    Matcher after = CAPITALISED_NEXT.matcher(text).region(end, sentence.end());
    if (after.lookingAt()) {
      return true;
    }
    Matcher before = CAPITALISED_BEFORE.matcher(text).region(sentence.start(), at);
    if (!before.find() || before.start() == sentence.start()) {
      return false; // the first word of a sentence is capitalised anyway
    }
    String word = before.group().strip().toLowerCase(Locale.ROOT);
    return !CalendarNames.WEEKDAYS.contains(word) && !CalendarNames.MONTHS.contains(word);
  }

  private static boolean wordBoundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
