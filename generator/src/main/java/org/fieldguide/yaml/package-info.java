/**
 * YAML read with positions: a small located tree over Jackson's streaming parser, and a typed
 * reader that turns wrong types, unknown keys and YAML 1.1 traps into positioned diagnostics.
 * Shared by {@code site.yaml} and front matter.
 */
package org.fieldguide.yaml;
