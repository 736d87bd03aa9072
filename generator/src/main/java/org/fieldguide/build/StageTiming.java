package org.fieldguide.build;

import java.time.Duration;

/** How long one stage of a build took, for {@code --verbose}. */
public record StageTiming(String stage, Duration elapsed) {}
