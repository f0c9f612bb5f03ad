/**
 * The gazetteer as plain Java: reference actors and places with their names, demonyms and links,
 * and the matcher that finds their names in text. Read from Turtle by {@code
 * org.claimgraph.graph.GazetteerReader}.
 */
package org.claimgraph.extract.gazetteer;
