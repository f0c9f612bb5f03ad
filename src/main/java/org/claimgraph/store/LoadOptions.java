package org.claimgraph.store;

/**
 * How a load runs: whether unchanged articles are reloaded, whether bad files are skipped, how many
 * articles go into one write transaction and how many threads extract.
 *
 * @param force reload articles even when their content hash is already stored
 * @param keepGoing report and skip bad files instead of refusing the whole load
 * @param batchSize articles per write transaction; the rules run once, with the last
 * @param threads extraction threads
 */
public record LoadOptions(boolean force, boolean keepGoing, int batchSize, int threads) {

  /** Articles per write transaction unless told otherwise. */
  public static final int DEFAULT_BATCH = 500;

  public LoadOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  /** The defaults: batches of 500, one extraction thread per core. */
  public static LoadOptions defaults(boolean force) {
    return new LoadOptions(force, false, DEFAULT_BATCH, Runtime.getRuntime().availableProcessors());
  }

  public LoadOptions withKeepGoing(boolean keepGoing) {
    return new LoadOptions(force, keepGoing, batchSize, threads);
  }

  public LoadOptions withBatchSize(int batchSize) {
    return new LoadOptions(force, keepGoing, batchSize, threads);
  }

  public LoadOptions withThreads(int threads) {
    return new LoadOptions(force, keepGoing, batchSize, threads);
  }
}
