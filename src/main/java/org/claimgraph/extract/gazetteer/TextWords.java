package org.claimgraph.extract.gazetteer;

/** Counting words the way the name matcher does: runs of letters or digits. */
final class TextWords {

  private TextWords() {}

  static int count(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
