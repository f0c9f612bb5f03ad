package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A regex alternation {@code b1|b2|…} run as the alternation of only the branches a stretch of text
 * admits ({@link PatternGates}: the words each branch cannot match without). A branch without its
 * words in the stretch cannot match anywhere in it, so it never wins a position: the matches are
 * those of the whole alternation, found with fewer branches tried at each position. Built for
 * patterns whose branches need different words, where a gate on the whole pattern admits almost
 * every sentence (one branch needs "said"). Few subsets occur; each is compiled once. Thread-safe.
 */
public final class GatedAlternation {

  private final List<String> branches;
  private final int flags;
  private final boolean keepGroups;
  private final Pattern whole;
  private final PatternGates gates;
  private final Map<BitSet, Pattern> bySubset = new ConcurrentHashMap<>();

  /**
   * @param branches the top-level alternatives, in priority order
   * @param flags the flags of the whole pattern
   */
  public GatedAlternation(List<String> branches, int flags) {
    this(branches, flags, false);
  }

  /**
   * @param branches the top-level alternatives, in priority order
   * @param flags the flags of the whole pattern
   * @param keepGroups whether a branch left out stays as one that cannot match ({@code
   *     (?!)(?:branch)}), so that every pattern has the whole one's groups, by name and number, for
   *     callers that ask which branch matched
   */
  public GatedAlternation(List<String> branches, int flags, boolean keepGroups) {
    this.branches = List.copyOf(branches);
    this.flags = flags;
    this.keepGroups = keepGroups;
    this.whole = LeadingCharacters.guarded(Pattern.compile(String.join("|", this.branches), flags));
    List<Pattern> each = new ArrayList<>();
    for (String b : this.branches) {
      each.add(Pattern.compile(b, flags));
    }
    this.gates = new PatternGates(each);
  }

  /** The whole alternation. */
  public Pattern pattern() {
    return whole;
  }

  /**
   * The alternation of the branches that may match inside {@code [from, to)} of {@code text}, or
   * null when none may: it finds there exactly what {@link #pattern()} finds.
   */
  public Pattern patternFor(CharSequence text, int from, int to) {
    BitSet admitted = gates.admitted(text, from, to);
    if (admitted.isEmpty()) {
      return null;
    }
    if (admitted.cardinality() == branches.size()) {
      return whole;
    }
    return bySubset.computeIfAbsent(admitted, this::compile);
  }

  private Pattern compile(BitSet subset) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      if (subset.get(i)) {
        kept.add(branches.get(i));
      } else if (keepGroups) {
        kept.add("(?!)(?:" + branches.get(i) + ")");
      }
    }
    // Guarded by the initials of the kept branches only: fewer than those of the whole.
    return LeadingCharacters.guarded(Pattern.compile(String.join("|", kept), flags));
  }
}
