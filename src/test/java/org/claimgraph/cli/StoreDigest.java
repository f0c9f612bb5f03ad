package org.claimgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What a store holds, in a form two moments can be compared by: the quad count and the SHA-256 of
 * its canonical dump (every quad as an N-Quads line, sorted). Opens the store in the test's JVM and
 * releases it again, so that the next claimgraph process can take its lock.
 */
record StoreDigest(long quads, String sha256) {

  static StoreDigest of(Path store) throws Exception {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
    try {
      List<String> lines =
          Txn.calculateRead(
              dsg,
              () -> {
                List<String> all = new ArrayList<>();
                dsg.find().forEachRemaining(q -> all.add(line(q)));
                return all;
              });
      lines.sort(null);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String l : lines) {
        sha.update(l.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return new StoreDigest(lines.size(), HexFormat.of().formatHex(sha.digest()));
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  /** The quad in N-Quads syntax; TDB2's blank node labels are stable within one store. */
  private static String line(Quad q) {
    return NodeFmtLib.str(q) + " .";
  }
}
