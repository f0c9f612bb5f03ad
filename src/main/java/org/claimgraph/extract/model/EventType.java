package org.claimgraph.extract.model;

/** What kind of happening an event is. */
public enum EventType {
  CAPTURE,
  RECAPTURE,
  WITHDRAWAL,
  /** Forces leaving across a border into another country. */
  RETREAT,
  ADVANCE,
  ACKNOWLEDGEMENT,
  STATEMENT,
  ATTACK
}
