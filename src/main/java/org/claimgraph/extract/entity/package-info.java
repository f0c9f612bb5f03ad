/**
 * Entities and mentions: gazetteer names, descriptions ("the interior ministry of Afghanistan"),
 * demonyms, border pairs, crossings, provinces, people met only in the text, short names, metonymy;
 * then the affiliations the text states.
 */
package org.claimgraph.extract.entity;
