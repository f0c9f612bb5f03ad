package org.claimgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** A SPARQL query kept as a {@code .rq} resource beside the class that runs it. */
public final class QueryResource {

  private QueryResource() {}

  /** Reads and parses {@code name} (e.g. {@code "describe.rq"}) relative to {@code owner}. */
  public static Query load(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No query resource " + name + " beside " + owner.getName());
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
