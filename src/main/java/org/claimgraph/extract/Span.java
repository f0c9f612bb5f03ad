package org.claimgraph.extract;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text (Java {@code
 * char} indexes, as {@link String#substring(int, int)} takes them).
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The exact words this span covers in {@code text}. */
  public String quote(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public Span shift(int offset) {
    return new Span(start + offset, end + offset);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
