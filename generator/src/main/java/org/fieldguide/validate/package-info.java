/**
 * Checks over the assembled site that are not about links (those are in {@code link}): files
 * that would collide in the output, and writer mistakes worth a warning.
 */
package org.fieldguide.validate;
