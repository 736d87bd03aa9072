/**
 * Interface strings per language with ICU MessageFormat (plurals, select, placeholders), theme
 * strings overlaid by the site's {@code translations/}, with per-key fallback.
 */
package org.fieldguide.i18n;
