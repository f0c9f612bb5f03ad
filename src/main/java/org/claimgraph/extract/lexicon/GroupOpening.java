package org.claimgraph.extract.lexicon;

import java.util.Optional;

/**
 * The opening of a regex group, from its {@code (} to where its contents begin, as {@link
 * RequiredWords} and {@link LeadingCharacters} both read it: plain and non-capturing groups, named
 * groups, look-arounds (zero-width), and inline flags, alone ({@code (?i)}) or opening a group
 * ({@code (?i:...)}). One reader, so that the two regex readers cannot come to disagree on syntax.
 *
 * @param contentStart the index of the group's first character after the opening
 * @param zeroWidth whether the group is a look-around, which consumes nothing
 * @param flagsOnly whether the opening is a whole flags group, {@code (?i)}: no contents, no
 *     closing parenthesis left to read
 * @param flags the inline flags set or cleared ({@code "i"}, {@code "i-u"}), empty for other groups
 */
record GroupOpening(int contentStart, boolean zeroWidth, boolean flagsOnly, String flags) {

  /**
   * The group opening at {@code open} (the index of its {@code (}) in {@code re}, or empty when it
   * is written in a way the readers do not follow (comments mode, an unclosed name or flags).
   */
  static Optional<GroupOpening> at(String re, int open) {
    int i = open + 1;
    if (!re.startsWith("?", i)) {
      return Optional.of(new GroupOpening(i, false, false, ""));
    }
    if (re.startsWith("?:", i) || re.startsWith("?>", i)) {
      return Optional.of(new GroupOpening(i + 2, false, false, ""));
    }
    if (re.startsWith("?=", i) || re.startsWith("?!", i)) {
      return Optional.of(new GroupOpening(i + 2, true, false, ""));
    }
    if (re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
      return Optional.of(new GroupOpening(i + 3, true, false, ""));
    }
    if (re.startsWith("?<", i)) {
      int close = re.indexOf('>', i);
      return close < 0
          ? Optional.empty()
          : Optional.of(new GroupOpening(close + 1, false, false, ""));
    }
    int j = i + 1;
    while (j < re.length() && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
      j++;
    }
    String flags = re.substring(i + 1, j);
    if (flags.contains("x") || j >= re.length()) {
      return Optional.empty(); // comments mode would change how the rest reads
    }
    if (re.charAt(j) == ')') {
      return Optional.of(new GroupOpening(j + 1, false, true, flags));
    }
    if (re.charAt(j) != ':') {
      return Optional.empty();
    }
    return Optional.of(new GroupOpening(j + 1, false, false, flags));
  }
}
