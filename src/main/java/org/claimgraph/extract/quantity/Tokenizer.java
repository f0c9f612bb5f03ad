package org.claimgraph.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words (letters with inner hyphens or apostrophes: "one-third", "year-old"),
 * numbers (digits with inner commas or points: "1,500", "1.5") and single-character symbols ("$",
 * "%").
 */
final class Tokenizer {

  private Tokenizer() {}

  static List<Token> tokenize(CharSequence text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int previousEnd = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (isDigit(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (isDigit(d)) {
            i++;
          } else if ((d == ',' || d == '.') && i + 1 < n && isDigit(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        kind = Token.Kind.NUMBER;
      } else if (Character.isLetter(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetter(d)) {
            i++;
          } else if (isJoiner(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        kind = Token.Kind.WORD;
      } else {
        i++;
        kind = Token.Kind.SYMBOL;
      }
      String lower =
          text.subSequence(start, i).toString().toLowerCase(Locale.ROOT).replace('’', '\'');
      tokens.add(new Token(start, i, lower, kind, start == previousEnd, Character.isUpperCase(c)));
      previousEnd = i;
    }
    return tokens;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == '‑';
  }
}
