/**
 * The extracted-article model: plain records that the RDF mapper consumes. Every item carries the
 * span of words it came from; entities are referred to by key ({@code actor/taliban}, {@code
 * place/islam-qala}), which is also their IRI path under {@code {base}id/}.
 */
package org.claimgraph.extract.model;
