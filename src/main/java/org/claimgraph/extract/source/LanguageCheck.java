package org.claimgraph.extract.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an article is English, the only language the extractor's lexicons cover: a
 * declared language wins; otherwise a text long enough to judge must be made of enough common
 * English function words. Articles in other languages are refused, not loaded without claims,
 * because an empty article graph would silently read as "this report claims nothing".
 */
final class LanguageCheck {

  /** Below this many words a text is too short to judge (headlines, captions, tests). */
  static final int MIN_WORDS = 50;

  /**
   * English news prose is about 35–45 % function words; French, German or Spanish prose scores
   * under 5 % on this list. 10 % leaves a wide margin both ways.
   */
  static final double MIN_ENGLISH_SHARE = 0.10;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "is", "that", "for", "was", "with", "said", "by", "from",
          "it", "he", "she", "has", "have", "are", "were", "be", "his", "her", "their", "they",
          "this", "which", "who", "not", "had", "but", "been", "would", "will");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private LanguageCheck() {}

  /** Empty when the article may be extracted; else the problem, in words for the user. */
  static Optional<String> problem(String text, Optional<String> declared) {
    if (declared.isPresent()) {
      String tag = declared.get().toLowerCase(Locale.ROOT);
      if (tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_")) {
        return Optional.empty();
      }
      return Optional.of(
          "declares language \""
              + declared.get()
              + "\", but claimgraph extracts claims from English only; translate it, or leave it"
              + " out");
    }
    int words = 0;
    int english = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    if (words < MIN_WORDS || english >= MIN_ENGLISH_SHARE * words) {
      return Optional.empty();
    }
    return Optional.of(
        "does not look like English ("
            + english
            + " of "
            + words
            + " words are common English words); claimgraph extracts claims from English only."
            + " If it is English, say so with \"language\": \"en\" in its .meta.json sidecar");
  }
}
