/**
 * The TDB2 store, third step of the flow: the only package that opens TDB2. Replaces article graphs
 * atomically, runs the derivation rules, answers queries and counts.
 */
package org.claimgraph.store;
