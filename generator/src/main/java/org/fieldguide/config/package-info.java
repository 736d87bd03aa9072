/** Stage 0, configuration: {@code site.yaml} into typed records; unknown keys are errors. */
package org.fieldguide.config;
