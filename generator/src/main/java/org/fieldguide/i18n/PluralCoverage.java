package org.fieldguide.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which plural categories a language needs but a message lacks: Arabic needs zero, one, two, few,
 * many and other; a message written with only one and other shows wrong text for 3 or 11.
 */
final class PluralCoverage {
  private PluralCoverage() {}

  /** Missing categories, sorted; empty when every plural in the message covers the language. */
  static List<String> missing(String pattern, ULocale locale) {
    MessagePattern mp = new MessagePattern(pattern);
    Set<String> required = PluralRules.forLocale(locale).getKeywords();
    Set<String> missing = new TreeSet<>();
    int count = mp.countParts();
    for (int i = 0; i < count; i++) {
      MessagePattern.Part part = mp.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) continue;
      Set<String> present = new HashSet<>();
      int limit = mp.getLimitPartIndex(i);
      for (int j = i + 1; j < limit; j++) {
        MessagePattern.Part p = mp.getPart(j);
        if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) present.add(mp.getSubstring(p));
        // Skip nested messages: their own plurals are checked when the loop reaches them.
        if (p.getType() == MessagePattern.Part.Type.MSG_START) j = mp.getLimitPartIndex(j);
      }
      for (String r : required) if (!present.contains(r)) missing.add(r);
    }
    return List.copyOf(missing);
  }
}
