package org.claimgraph.extract.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Paragraph;
import org.claimgraph.extract.model.ParagraphKind;

/**
 * Reads headlines and headings written in title case ("Militants Overrun Army Base In Northern
 * Province") as sentence case, for the rules that take a capitalised run for a name. In title case
 * every word is capitalised, so "Militants Overrun Army" looks like a group and "Base In Northern
 * Province" like a province. The report's own body tells which words are ordinary: a word the body
 * writes in lower case, and never capitalised inside a sentence, is no name in the headline either.
 *
 * <p>The view has the text's length, so spans found in it hold for the text itself. Thread-safe.
 */
public final class TitleCase {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

  /**
   * Words headline style capitalises that are never names on their own: articles, prepositions,
   * conjunctions and the verbs of attribution a headline ends with ("…, Officials Say").
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "for",
          "with", "by", "as", "after", "before", "near", "over", "into", "onto", "amid", "against",
          "about", "under", "up", "off", "out", "than", "is", "are", "was", "were", "be", "has",
          "have", "had", "its", "their", "his", "her", "says", "say", "said", "while", "despite",
          "toward", "towards", "across", "through", "within", "without");

  /** The share of a line's longer words that must be capitalised for it to be in title case. */
  private static final double TITLE_CASE_SHARE = 0.75;

  /** Fewer longer words than this say nothing about a line's style ("Key developments"). */
  private static final int MIN_WORDS = 3;

  private TitleCase() {}

  /**
   * The text with its title-case headline and headings in sentence case where the body shows a word
   * to be an ordinary one; the text itself when no such line exists.
   */
  public static String sentenceCaseView(String text, ArticleStructure structure) {
    char[] view = null;
    Vocabulary body = null;
    for (Paragraph p : structure.paragraphs()) {
      if (!isHeadline(p.kind()) || !isTitleCase(p.span().quote(text))) {
        continue;
      }
      if (view == null) {
        view = text.toCharArray();
        body = Vocabulary.ofBody(text, structure);
      }
      lowerOrdinaryWords(text, p.span(), body, view);
    }
    return view == null ? text : new String(view);
  }

  private static boolean isHeadline(ParagraphKind kind) {
    // Not the subtitle: it is mostly a sentence, or a credit line made of names ("Report by the
    // Coalition for Civilian Protection"), whose words the body may well write in lower case.
    return kind == ParagraphKind.TITLE || kind == ParagraphKind.HEADING;
  }

  /** Whether most words of four letters or more after the first start with a capital. */
  static boolean isTitleCase(String line) {
    Matcher m = WORD.matcher(line);
    int words = 0;
    int capitalised = 0;
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      if (first) {
        first = false;
        continue;
      }
      if (w.length() < 4 || isAllCaps(w)) {
        continue; // short words vary by house style; acronyms are capitalised in any style
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
    }
    return words >= MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words;
  }

  private static void lowerOrdinaryWords(String text, Span line, Vocabulary body, char[] view) {
    Matcher m = WORD.matcher(text).region(line.start(), line.end());
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      if (first) {
        first = false; // a headline's first word is capitalised in any style
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) || isAllCaps(w)) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (FUNCTION_WORDS.contains(lower) || body.isOrdinary(lower)) {
        view[m.start()] = Character.toLowerCase(w.charAt(0));
      }
    }
  }

  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** The body's words by how it writes them: in lower case, or capitalised inside a sentence. */
  private record Vocabulary(Set<String> lower, Set<String> capitalisedInside) {

    static Vocabulary ofBody(String text, ArticleStructure structure) {
      Set<String> lower = new HashSet<>();
      Set<String> inside = new HashSet<>();
      for (Paragraph p : structure.paragraphs()) {
        if (p.kind() != ParagraphKind.BODY) {
          continue;
        }
        Matcher m = WORD.matcher(text).region(p.span().start(), p.span().end());
        while (m.find()) {
          String w = m.group();
          if (Character.isLowerCase(w.charAt(0))) {
            lower.add(w);
          } else if (!startsSentence(text, p.span().start(), m.start())) {
            inside.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
      return new Vocabulary(lower, inside);
    }

    /**
     * A word the body writes in lower case, and never capitalised inside a sentence ("Army" in "the
     * Free Highlands Army" keeps "Army" a name): a plural or past form counts for its stem, as
     * headlines use the present ("Rebels Seize" over a body's "seized").
     */
    boolean isOrdinary(String word) {
      if (capitalisedInside.contains(word)) {
        return false;
      }
      if (writtenLower(word)) {
        return true;
      }
      // "Seizes" over the body's "seized"; "Clashes" over "clashed".
      return word.endsWith("es") && writtenLower(word.substring(0, word.length() - 2))
          || word.endsWith("s") && writtenLower(word.substring(0, word.length() - 1));
    }

    private boolean writtenLower(String stem) {
      return lower.contains(stem)
          || lower.contains(stem + "s")
          || lower.contains(stem + "d")
          || lower.contains(stem + "ed")
          || lower.contains(stem + "ing");
    }

    /** Whether only blanks and an opening quote stand between the word and a sentence's end. */
    private static boolean startsSentence(String text, int paragraphStart, int at) {
      int i = at - 1;
      while (i >= paragraphStart
          && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
        i--;
      }
      return i < paragraphStart || ".!?:".indexOf(text.charAt(i)) >= 0;
    }
  }
}
