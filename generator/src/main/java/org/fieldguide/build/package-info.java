/**
 * The build sequence: {@link org.fieldguide.build.SiteBuild} runs the stages in order on a pool
 * it owns, and nothing else here knows the whole sequence.
 */
package org.fieldguide.build;
