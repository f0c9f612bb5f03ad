package org.claimgraph.extract.time;

import java.util.HashSet;
import java.util.Set;

/**
 * What a sentence shows before any time pattern runs, collected in one pass: its lower-case words
 * and whether it has digits, a run of four ASCII digits (a year), or a month name. Rules that
 * cannot match without one of them are skipped.
 *
 * @param words the runs of letters ({@link Character#isLetter}), lower case, that are wanted
 * @param digits whether any character is a digit ({@link Character#isDigit})
 * @param asciiDigits whether some character is 0–9, which {@code \d} needs
 * @param fourDigits whether four ASCII digits stand in a row, which {@code \d{4}} needs
 * @param monthName whether a maximal run of ASCII letters is a month name or abbreviation: a month
 *     matched by the date patterns is always such a run (never part of a longer word)
 */
record SentenceClues(
    Set<String> words, boolean digits, boolean asciiDigits, boolean fourDigits, boolean monthName) {

  /** A clue a rule cannot match without. */
  enum Need {
    ASCII_DIGIT,
    FOUR_DIGITS,
    MONTH_NAME
  }

  private static final WordTable MONTHS = new WordTable(CalendarWords.MONTH_WORDS);

  /**
   * The clues of {@code text}; of its words only those in {@code wanted} are kept, which is all the
   * rules' triggers ask about.
   */
  static SentenceClues of(CharSequence text, WordTable wanted) {
    Set<String> words = new HashSet<>();
    boolean digits = false;
    boolean asciiDigits = false;
    boolean fourDigits = false;
    boolean monthName = false;
    int start = -1;
    int asciiStart = -1;
    int digitRun = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (start < 0) {
          start = i;
        }
      } else {
        if (start >= 0) {
          String word = wanted.find(text, start, i);
          if (word != null) {
            words.add(word);
          }
          start = -1;
        }
        digits |= Character.isDigit(c);
      }
      boolean asciiLetter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      if (asciiLetter) {
        if (asciiStart < 0) {
          asciiStart = i;
        }
      } else if (asciiStart >= 0) {
        monthName |= isMonth(text, asciiStart, i);
        asciiStart = -1;
      }
      if (c >= '0' && c <= '9') {
        asciiDigits = true;
        fourDigits |= ++digitRun >= 4;
      } else {
        digitRun = 0;
      }
    }
    return new SentenceClues(words, digits, asciiDigits, fourDigits, monthName);
  }

  private static boolean isMonth(CharSequence text, int start, int end) {
    return MONTHS.find(text, start, end) != null;
  }

  boolean has(Need need) {
    return switch (need) {
      case ASCII_DIGIT -> asciiDigits;
      case FOUR_DIGITS -> fourDigits;
      case MONTH_NAME -> monthName;
    };
  }
}
