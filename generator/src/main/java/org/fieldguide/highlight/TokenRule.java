package org.fieldguide.highlight;

/**
 * One kind of token of a language: a regular expression (no capturing groups of its own; use
 * {@code (?:…)}) and the token class it is shown with, or {@code null} for text that is matched
 * only so that a later rule does not see inside it.
 */
record TokenRule(String regex, Token token) {}
