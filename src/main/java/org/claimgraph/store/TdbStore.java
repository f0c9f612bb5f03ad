package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claimgraph store: one TDB2 database in a folder. Opening checks the folder and reports a lock
 * held by another process in one line; every write is one transaction, so a failure leaves the
 * store as it was.
 */
public final class TdbStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);
  private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

  private final Path location;
  private final DatasetGraph dataset;

  private TdbStore(Path location, DatasetGraph dataset) {
    this.location = location;
    this.dataset = dataset;
  }

  /**
   * Opens the store in {@code folder}, creating an empty one when the folder is missing or empty.
   *
   * @throws StoreProblem when the folder cannot hold a store or another process holds its lock
   */
  public static TdbStore open(Path folder) {
    return open(folder, null);
  }

  /**
   * Opens an existing store for one pass over all of it (an export): with TDB2's default node
   * caches (750,000 nodes by id) the heap of a pass grows with the store until they fill; small
   * caches keep it flat, and a pass that meets each node a few times close together loses little.
   */
  public static TdbStore openForScan(Path folder) {
    return open(
        folder,
        StoreParams.builder()
            .nodeId2NodeCacheSize(SCAN_CACHE)
            .node2NodeIdCacheSize(SCAN_CACHE / 10)
            .build());
  }

  /** Nodes by id kept by a scan: the predicates, classes and a subject's neighbours fit. */
  private static final int SCAN_CACHE = 20_000;

  private static TdbStore open(Path folder, StoreParams params) {
    Path location = folder.toAbsolutePath().normalize();
    checkUsable(location);
    try {
      DatasetGraph dsg =
          params == null
              ? DatabaseMgr.connectDatasetGraph(location.toString())
              : DatabaseMgr.connectDatasetGraph(location.toString(), params);
      // Connecting is lazy about the lock; a first read transaction makes TDB2 take it now.
      Txn.executeRead(dsg, () -> dsg.isEmpty());
      LOG.debug("Opened store {}", location);
      return new TdbStore(location, dsg);
    } catch (TDBException | DBOpEnvException e) {
      throw translate(location, e);
    }
  }

  private static void checkUsable(Path location) {
    if (Files.exists(location) && !Files.isDirectory(location)) {
      throw new StoreProblem(
          "Store " + location + " is a file, not a folder; give --store a folder path.");
    }
    try {
      Files.createDirectories(location);
    } catch (IOException e) {
      throw new StoreProblem(
          "Cannot create the store folder "
              + location
              + " ("
              + e.getMessage()
              + "); choose another with --store.");
    }
    if (!Files.isWritable(location)) {
      throw new StoreProblem(
          "Store folder "
              + location
              + " is not writable; fix its permissions or choose another with --store.");
    }
  }

  private static StoreProblem translate(Path location, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher holder = LOCK_HOLDER.matcher(message);
    if (message.contains("lock") && holder.find()) {
      return new StoreLocked(location, Long.parseLong(holder.group(1)), e);
    }
    return new StoreProblem("Cannot open store " + location + ": " + message, e);
  }

  public Path location() {
    return location;
  }

  /** The TDB2 dataset; for the server and for queries. Access it inside transactions only. */
  public DatasetGraph dataset() {
    return dataset;
  }

  /** Runs {@code action} in a read transaction; copy results out, iterators die with it. */
  public <T> T read(Function<DatasetGraph, T> action) {
    return Txn.calculateRead(dataset, () -> action.apply(dataset));
  }

  /** Runs {@code action} in one write transaction: all of it is kept, or none of it. */
  public void write(Consumer<DatasetGraph> action) {
    Txn.executeWrite(dataset, () -> action.accept(dataset));
  }

  /** Whether the store holds no triples at all. */
  public boolean isEmpty() {
    return read(DatasetGraph::isEmpty);
  }

  /** Whether {@code graph} is present and non-empty. */
  public boolean hasGraph(Node graph) {
    return read(dsg -> dsg.containsGraph(graph) && !dsg.getGraph(graph).isEmpty());
  }

  /**
   * Replaces the content of {@code graph} with {@code content}, atomically: readers see the old
   * graph or the new one, never a mix.
   */
  public void replaceGraph(Node graph, Graph content) {
    write(dsg -> replaceGraphIn(dsg, graph, content));
  }

  /** Replaces {@code graph} inside a write transaction the caller holds. */
  public static void replaceGraphIn(DatasetGraph dsg, Node graph, Graph content) {
    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
    content
        .find()
        .forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  /** Whether some named graph's IRI starts with {@code prefix}; looks at names, not contents. */
  public boolean hasGraphStartingWith(String prefix) {
    return read(
        dsg -> {
          Iterator<Node> names = dsg.listGraphNodes();
          while (names.hasNext()) {
            Node name = names.next();
            if (name.isURI() && name.getURI().startsWith(prefix)) {
              return true;
            }
          }
          return false;
        });
  }

  /** The named graphs with their triple counts, in IRI order. */
  public List<GraphCount> graphCounts() {
    return read(
        dsg -> {
          List<GraphCount> counts = new ArrayList<>();
          Iterator<Node> names = dsg.listGraphNodes();
          while (names.hasNext()) {
            Node name = names.next();
            counts.add(new GraphCount(name.getURI(), dsg.getGraph(name).size()));
          }
          counts.sort((a, b) -> a.graph().compareTo(b.graph()));
          return counts;
        });
  }

  /** Releases the database and its lock, so another process may open it. */
  @Override
  public void close() {
    TDBInternal.expel(dataset);
    LOG.debug("Closed store {}", location);
  }
}
