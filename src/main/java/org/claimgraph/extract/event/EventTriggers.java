package org.claimgraph.extract.event;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.claimgraph.extract.lexicon.PhraseScanner;
import org.claimgraph.extract.lexicon.VerbForms;
import org.claimgraph.extract.model.EventType;

/**
 * The trigger lexicon ({@code event-verbs.tsv}) with its lemma entries spelled out in every form,
 * so that a trigger found in a text ("pulling their troops out") is known by its entry ("pull [its|
 * their] troops out"): the rules that keep or drop a trigger ask about the verb, not one of its
 * tenses. Immutable and thread-safe.
 */
final class EventTriggers {

  /** How a trigger is written: a verb in any form, a noun, or a fixed phrase. */
  enum Form {
    VERB,
    NOUN,
    PHRASE
  }

  /**
   * One surface form of an entry: its type, its lemma (the entry's words with the verb in its base
   * form, "take control of"), and its form.
   */
  record Trigger(EventType type, String lemma, Form form) {

    /** Whether the verb of the trigger is this one: "take" for "took", "taking", "taken". */
    boolean verbIs(String verb) {
      return form == Form.VERB && lemma.equals(verb);
    }

    /** Whether the trigger's lemma opens with these words: "lose" for "lost control of". */
    boolean lemmaStarts(String words) {
      return lemma.equals(words) || lemma.startsWith(words + " ");
    }
  }

  private final Map<String, Trigger> bySurface = new LinkedHashMap<>();
  private final PhraseScanner scanner;

  EventTriggers() {
    for (String[] row : LexiconFile.rows("event-verbs.tsv")) {
      EventType type = EventType.valueOf(row[1]);
      String how = row.length > 2 ? row[2] : "";
      for (String lemma : VerbForms.alternatives(row[0])) {
        switch (how) {
          case "verb" -> VerbForms.of(lemma).forEach(f -> add(f, type, lemma, Form.VERB));
          case "participles" ->
              VerbForms.participles(lemma).forEach(f -> add(f, type, lemma, Form.VERB));
          case "noun" -> add(lemma, type, lemma, Form.NOUN);
          default -> add(lemma, type, lemma, Form.PHRASE);
        }
      }
    }
    scanner =
        new PhraseScanner(
            bySurface.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
  }

  /** The first entry to give a form keeps it: "left" is "leave", however else it is spelled. */
  private void add(String surface, EventType type, String lemma, Form form) {
    bySurface.putIfAbsent(surface, new Trigger(type, lemma, form));
  }

  PhraseScanner scanner() {
    return scanner;
  }

  /** The entry of a trigger found in a text, its blanks folded to single spaces and lower case. */
  Trigger of(String surface) {
    return bySurface.get(surface);
  }

  /** Every surface form, for tests. */
  List<String> surfaces() {
    return List.copyOf(bySurface.keySet());
  }
}
