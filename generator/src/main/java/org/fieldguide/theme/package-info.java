/**
 * Stage 6, templates: the theme lookup chain (site overrides, site theme, built-in theme),
 * Freemarker set up once and shared, and the typed view records templates receive.
 */
package org.fieldguide.theme;
