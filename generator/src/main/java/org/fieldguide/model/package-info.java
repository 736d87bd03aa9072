/**
 * Stage 3, the site model: immutable pages in every language with URLs, sections in display order
 * and assets, assembled once and shared by all later stages.
 */
package org.fieldguide.model;
