package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SPARQL query operation with a result-size limit: an answer of more than {@code limit} rows
 * (SELECT) or triples (CONSTRUCT, DESCRIBE) is refused with 422 and a message saying how to page,
 * instead of streaming until the overall timeout. ASK and aggregates are one row and never hit it.
 *
 * <p>Refused, not truncated: a silently shortened answer reads as "there is no more", and a missing
 * claim is a wrong answer for an analyst. To refuse before the first byte is sent, the answer is
 * held in memory up to the limit, so memory per running query is bounded by the limit as well.
 */
final class ResultLimitedQuery extends SPARQL_QueryDataset {

  /** HTTP 422: the query is well-formed, but the server will not answer it as asked. */
  static final int REFUSED = 422;

  private final long limit;

  ResultLimitedQuery(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit);
    }
    this.limit = limit;
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    Query bounded = query;
    // One row past the limit is enough to know it is exceeded; and a bounded LIMIT turns an
    // ORDER BY into a top-N sort that holds limit + 1 rows instead of sorting every row.
    if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > limit)) {
      bounded = query.cloneQuery();
      bounded.setLimit(limit + 1);
    }
    return super.createQueryExec(action, bounded, dataset);
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
    if (requestQuery.isSelectType()) {
      return new QueryExecResult(rows(action, exec.select()));
    }
    if (requestQuery.isConstructType()) {
      return new QueryExecResult(quads(action, exec.constructQuads()));
    }
    if (requestQuery.isDescribeType()) {
      return new QueryExecResult(triples(action, exec.describeTriples()));
    }
    return super.executeQuery(action, exec, requestQuery, queryStringLog);
  }

  private RowSet rows(HttpAction action, RowSet rows) {
    List<Binding> kept = new ArrayList<>();
    while (rows.hasNext()) {
      kept.add(rows.next());
      if (kept.size() > limit) {
        refuse(action, "rows");
      }
    }
    return RowSetStream.create(rows.getResultVars(), kept.iterator());
  }

  private DatasetGraph quads(HttpAction action, Iterator<Quad> quads) {
    DatasetGraph kept = DatasetGraphFactory.create();
    long n = 0;
    while (quads.hasNext()) {
      kept.add(quads.next());
      if (++n > limit) {
        refuse(action, "triples");
      }
    }
    return kept;
  }

  private Graph triples(HttpAction action, Iterator<Triple> triples) {
    Graph kept = GraphFactory.createDefaultGraph();
    long n = 0;
    while (triples.hasNext()) {
      kept.add(triples.next());
      if (++n > limit) {
        refuse(action, "triples");
      }
    }
    return kept;
  }

  private void refuse(HttpAction action, String what) {
    action.log.info("[{}] answer over the limit of {} {}: refused", action.id, limit, what);
    ServletOps.error(
        REFUSED,
        "The answer has more than "
            + limit
            + " "
            + what
            + ", this server's limit for one answer. Page through it with LIMIT and OFFSET"
            + " (at most "
            + limit
            + " at a time), narrow the question, or count with COUNT(*).");
  }
}
