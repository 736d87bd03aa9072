/**
 * Problems in a writer's input: {@code file:line:column} positions, severities and the thread-safe
 * sink every stage reports into. Diagnostics are output for writers, not logging.
 */
package org.fieldguide.diagnostic;
