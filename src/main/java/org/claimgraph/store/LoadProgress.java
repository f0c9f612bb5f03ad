package org.claimgraph.store;

/** Hears how far a load has got, so that a terminal or a log can show it. */
public interface LoadProgress {

  /** Nothing is shown. */
  LoadProgress NONE = (done, total, millis) -> {};

  /**
   * Called from the loading thread after each article is settled (written, unchanged or failed) and
   * after each batch commits.
   *
   * @param done articles settled so far
   * @param total articles in the load
   * @param millis time since the load started
   */
  void advanced(int done, int total, long millis);
}
