package org.claimgraph.store;

import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.claimgraph.vocab.Iris;

/**
 * The base IRI a store's data was minted under. It is recorded where it cannot drift from the data:
 * in the names of the graphs claimgraph writes ({@code {base}graph/reference}, {@code
 * {base}graph/article/…}), which every load, backup and restore carries. A store is given its base
 * once, by the first command that writes to it; later ones read it from here.
 */
public final class StoreBase {

  private StoreBase() {}

  /**
   * The store's base, or empty for a store claimgraph has not written to yet.
   *
   * @throws StoreProblem when its graphs are named under more than one base
   */
  public static Optional<String> of(TdbStore store) {
    TreeSet<String> bases =
        store.read(
            dsg -> {
              TreeSet<String> found = new TreeSet<>();
              Iterator<Node> names = dsg.listGraphNodes();
              while (names.hasNext()) {
                Node name = names.next();
                if (name.isURI()) {
                  Iris.baseOfGraph(name.getURI()).ifPresent(found::add);
                }
              }
              return found;
            });
    if (bases.size() > 1) {
      throw new StoreProblem(
          "Store "
              + store.location()
              + " holds graphs under several base IRIs "
              + bases
              + "; export what you need and load it into separate stores.");
    }
    return bases.stream().findFirst();
  }

  /**
   * The store's IRIs: its own base when it has one, else {@code requested}, else the default.
   *
   * @throws StoreProblem when {@code requested} differs from the store's base
   */
  public static Iris resolve(TdbStore store, Optional<String> requested) {
    Optional<String> recorded = of(store);
    if (recorded.isPresent() && requested.isPresent() && !recorded.get().equals(requested.get())) {
      throw new StoreProblem(
          "Store "
              + store.location()
              + " mints IRIs under "
              + recorded.get()
              + ", not "
              + requested.get()
              + "; a store has one base: leave out --base, or use another --store.");
    }
    return Iris.under(recorded.or(() -> requested).orElse(Iris.DEFAULT_BASE));
  }
}
