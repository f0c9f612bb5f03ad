package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.claimgraph.extract.lexicon.PhraseScanner;
import org.claimgraph.extract.model.Stance;

/** The reporting verbs and nouns ({@code reporting-verbs.tsv}, {@code reporting-nouns.tsv}). */
public final class ReportingLexicon {

  private final Map<String, Stance> verbs = new HashMap<>();
  private final Map<String, String> lemmas = new HashMap<>();
  private final Map<String, Stance> nouns = new HashMap<>();
  private final Pattern verbPattern;
  private final PhraseScanner verbScanner;

  public ReportingLexicon() {
    for (String[] row : LexiconFile.rows("reporting-verbs.tsv")) {
      String form = row[0].toLowerCase(Locale.ROOT);
      verbs.put(form, Stance.valueOf(row[2]));
      lemmas.put(form, row[1]);
    }
    for (String[] row : LexiconFile.rows("reporting-nouns.tsv")) {
      nouns.put(row[0].toLowerCase(Locale.ROOT), Stance.valueOf(row[1]));
    }
    List<String> forms = new ArrayList<>(verbs.keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed());
    verbScanner = new PhraseScanner(forms);
    verbPattern = verbScanner.asPattern();
  }

  /** A pattern finding any reporting verb form as a whole word. */
  public Pattern verbPattern() {
    return verbPattern;
  }

  /** Finds the same verb forms as {@link #verbPattern()}, many times faster. */
  public PhraseScanner verbScanner() {
    return verbScanner;
  }

  public Optional<Stance> verbStance(String form) {
    return Optional.ofNullable(verbs.get(normal(form)));
  }

  public String lemma(String form) {
    return lemmas.getOrDefault(normal(form), normal(form));
  }

  public boolean isVerb(String form) {
    return verbs.containsKey(normal(form));
  }

  public Optional<Stance> nounStance(String noun) {
    return Optional.ofNullable(nouns.get(normal(noun)));
  }

  private static String normal(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    // Most cues are one word: no blanks to collapse, so no regex to compile and run per call.
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') {
        return WHITESPACE.matcher(lower).replaceAll(" ");
      }
    }
    return lower;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
}
