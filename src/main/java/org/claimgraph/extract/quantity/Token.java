package org.claimgraph.extract.quantity;

/**
 * One word, number or symbol of the text, with its offsets; quantity rules look at tokens, not
 * characters.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param lower the token in lower case, curly apostrophes made straight
 * @param kind word, number or symbol
 * @param glued whether it touches the token before it (no space between), as "m" in "$20m"
 * @param capitalized whether the word starts with an upper-case letter
 */
record Token(int start, int end, String lower, Kind kind, boolean glued, boolean capitalized) {

  enum Kind {
    WORD,
    NUMBER,
    SYMBOL
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean is(String word) {
    return lower.equals(word);
  }
}
