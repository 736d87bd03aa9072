package org.fieldguide.frontmatter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fieldguide.diagnostic.SourcePos;

/**
 * The value of a field the site declared in {@code site.yaml}, typed by its declaration and kept
 * with where it was written. One variant per declarable type.
 */
public sealed interface ExtraValue {
  SourcePos pos();

  /** The value as templates see it: text, number, yes/no, list or mapping. */
  Object templateValue();

  record Text(String value, SourcePos pos) implements ExtraValue {
    @Override
    public Object templateValue() {
      return value;
    }
  }

  record Whole(long value, SourcePos pos) implements ExtraValue {
    @Override
    public Object templateValue() {
      return value;
    }
  }

  record Decimal(BigDecimal value, SourcePos pos) implements ExtraValue {
    @Override
    public Object templateValue() {
      return value;
    }
  }

  record Bool(boolean value, SourcePos pos) implements ExtraValue {
    @Override
    public Object templateValue() {
      return value;
    }
  }

  /**
   * A date; {@code written} keeps a time the writer gave after it ({@code 2019-05-01 10:00:00
   * -0400}), which fieldguide does not use.
   */
  record Date(LocalDate value, String written, SourcePos pos) implements ExtraValue {
    @Override
    public Object templateValue() {
      return value.toString();
    }
  }

  record TextList(List<String> values, SourcePos pos) implements ExtraValue {
    @Override
    public Object templateValue() {
      return values;
    }
  }

  /**
   * A {@code mapping} or {@code any} value as plain Java values: {@code String}, {@code Long},
   * {@code BigDecimal}, {@code Boolean}, unmodifiable {@code List} and ordered {@code Map};
   * a YAML null is left out of mappings and lists.
   */
  record Tree(Object value, SourcePos pos) implements ExtraValue {
    @Override
    public Object templateValue() {
      return value;
    }
  }
}
