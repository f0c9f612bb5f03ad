/**
 * Events (captures, withdrawals, retreats, advances, acknowledgements, attacks) with agent, place
 * and time.
 */
package org.claimgraph.extract.event;
