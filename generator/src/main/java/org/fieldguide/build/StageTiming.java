package org.fieldguide.build;

import java.time.Duration;
import java.util.List;

/**
 * How long one stage of a build took, for {@code --verbose}.
 *
 * @param details more lines about what the stage made (such as the size of each search index)
 */
public record StageTiming(String stage, Duration elapsed, List<String> details) {
  public StageTiming {
    details = List.copyOf(details);
  }

  public StageTiming(String stage, Duration elapsed) {
    this(stage, elapsed, List.of());
  }
}
