package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands a lexicon entry written once, as a lemma ("take control of", "pull [its|their] troops out
 * of"), into the word forms a report may use ("took control of", "pulling their troops out of"):
 * lexicons then list verbs, not every tense of them, and a tense nobody listed is still found.
 * Stateless.
 *
 * <p>An entry is words separated by single spaces; {@code (a|b)} is one of the words a or b, {@code
 * [a|b]} is a, b or nothing. Only the first word inflects: phrasal verbs and idioms keep their
 * particles and objects ("pull out of", "fall into the hands of").
 */
public final class VerbForms {

  /** Past tense and past participle of the irregular verbs of conflict reporting. */
  private static final Map<String, String[]> IRREGULAR =
      Map.ofEntries(
          Map.entry("take", new String[] {"took", "taken"}),
          Map.entry("retake", new String[] {"retook", "retaken"}),
          Map.entry("overtake", new String[] {"overtook", "overtaken"}),
          Map.entry("fall", new String[] {"fell", "fallen"}),
          Map.entry("overrun", new String[] {"overran", "overrun"}),
          Map.entry("run", new String[] {"ran", "run"}),
          Map.entry("flee", new String[] {"fled", "fled"}),
          Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
          Map.entry("drive", new String[] {"drove", "driven"}),
          Map.entry("strike", new String[] {"struck", "struck"}),
          Map.entry("leave", new String[] {"left", "left"}),
          Map.entry("win", new String[] {"won", "won"}),
          Map.entry("come", new String[] {"came", "come"}),
          Map.entry("lose", new String[] {"lost", "lost"}),
          Map.entry("hit", new String[] {"hit", "hit"}),
          Map.entry("shoot", new String[] {"shot", "shot"}),
          Map.entry("break", new String[] {"broke", "broken"}),
          Map.entry("beat", new String[] {"beat", "beaten"}),
          Map.entry("give", new String[] {"gave", "given"}),
          Map.entry("get", new String[] {"got", "got"}),
          Map.entry("hold", new String[] {"held", "held"}),
          Map.entry("send", new String[] {"sent", "sent"}));

  /** Verbs that double their last consonant before -ed and -ing: "admitted", "overrunning". */
  private static final Set<String> DOUBLING =
      Set.of("admit", "commit", "hit", "win", "run", "overrun", "drop", "stop", "plan", "shut");

  private VerbForms() {}

  /** All the forms of a lemma entry: base, -s, past, past participle and -ing. */
  public static Set<String> of(String entry) {
    return expand(entry, false);
  }

  /**
   * The past, the participle and the -ing forms only, for verbs whose base and -s forms are mostly
   * nouns in reports ("shells fell", "a shell hit", "bombs").
   */
  public static Set<String> participles(String entry) {
    return expand(entry, true);
  }

  /** The entry with its alternatives spelled out, its first word as written. */
  public static List<String> alternatives(String entry) {
    List<String> phrases = new ArrayList<>();
    phrases.add("");
    for (String word : words(entry.trim())) {
      boolean optional = word.startsWith("[") && word.endsWith("]");
      boolean choice = word.startsWith("(") && word.endsWith(")");
      List<String> options = new ArrayList<>();
      if (optional || choice) {
        options.addAll(List.of(word.substring(1, word.length() - 1).split("\\|")));
      } else {
        options.add(word);
      }
      if (optional) {
        options.add("");
      }
      List<String> next = new ArrayList<>();
      for (String p : phrases) {
        for (String o : options) {
          next.add(o.isEmpty() ? p : p.isEmpty() ? o : p + " " + o);
        }
      }
      phrases = next;
    }
    return phrases;
  }

  /** The entry's words, a choice in brackets counting as one ("(airstrike|air strike) hit"). */
  private static List<String> words(String entry) {
    List<String> words = new ArrayList<>();
    int depth = 0;
    StringBuilder word = new StringBuilder();
    for (char c : entry.toCharArray()) {
      depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      if (c == ' ' && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static Set<String> expand(String entry, boolean participlesOnly) {
    Set<String> out = new LinkedHashSet<>();
    for (String phrase : alternatives(entry)) {
      int space = phrase.indexOf(' ');
      String verb = space < 0 ? phrase : phrase.substring(0, space);
      String rest = space < 0 ? "" : phrase.substring(space);
      for (String form : forms(verb, participlesOnly)) {
        out.add(form + rest);
      }
    }
    return out;
  }

  /** One verb's forms, regular or from the table of irregular ones. */
  static List<String> forms(String verb, boolean participlesOnly) {
    String[] irregular = IRREGULAR.get(verb);
    String past = irregular != null ? irregular[0] : regularPast(verb);
    String participle = irregular != null ? irregular[1] : past;
    List<String> forms = new ArrayList<>();
    if (!participlesOnly) {
      forms.add(verb);
      forms.add(thirdPerson(verb));
    }
    forms.add(past);
    if (!participle.equals(past)) {
      forms.add(participle);
    }
    forms.add(ing(verb));
    return forms;
  }

  private static boolean consonantY(String verb) {
    return verb.endsWith("y")
        && verb.length() > 1
        && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0;
  }

  private static String thirdPerson(String verb) {
    if (consonantY(verb)) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    if (verb.matches(".*(?:s|sh|ch|x|z|o)")) {
      return verb + "es";
    }
    return verb + "s";
  }

  private static String regularPast(String verb) {
    if (DOUBLING.contains(verb)) {
      return verb + verb.charAt(verb.length() - 1) + "ed";
    }
    if (verb.endsWith("e")) {
      return verb + "d";
    }
    if (consonantY(verb)) {
      return verb.substring(0, verb.length() - 1) + "ied";
    }
    return verb + "ed";
  }

  private static String ing(String verb) {
    if (DOUBLING.contains(verb)) {
      return verb + verb.charAt(verb.length() - 1) + "ing";
    }
    if (verb.endsWith("ie")) {
      return verb.substring(0, verb.length() - 2) + "ying";
    }
    if (verb.endsWith("e") && !verb.endsWith("ee")) {
      return verb.substring(0, verb.length() - 1) + "ing";
    }
    return verb + "ing";
  }
}
