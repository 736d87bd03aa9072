package org.fieldguide.theme;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates and durations formatted for readers of one language (CLDR data from the JDK and ICU). */
final class ValueFormats {
  private final Map<String, DateTimeFormatter> dates = new ConcurrentHashMap<>();
  private final Map<String, MeasureFormat> durations = new ConcurrentHashMap<>();
  // Section lists repeat the same few durations on every page: format each once per language.
  private final Map<String, String> formattedDurations = new ConcurrentHashMap<>();
  private final Map<String, String> languageNames = new ConcurrentHashMap<>();

  /**
   * The name of {@code language} as readers of {@code readerLanguage} say it, from CLDR: "inglés"
   * for {@code en} on a Spanish page, "English" on an English one. {@code configured} (the name in
   * site.yaml) where CLDR has no name for it.
   */
  String languageName(String language, String readerLanguage, String configured) {
    return languageNames.computeIfAbsent(language + "\u0000" + readerLanguage, k -> {
      ULocale named = ULocale.forLanguageTag(language);
      String name = named.getDisplayNameWithDialect(ULocale.forLanguageTag(readerLanguage));
      // ICU answers with the code itself when CLDR has no name for the language.
      return name.isEmpty() || name.equalsIgnoreCase(language) || name.equalsIgnoreCase(named.toString()) ? configured : name;
    });
  }

  String date(LocalDate date, String language) {
    return dates
        .computeIfAbsent(language, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(l)))
        .format(date);
  }

  /** "1 hr, 30 min", "1 h y 30 min", "1 س و30 د". */
  String duration(Duration d, String language) {
    return formattedDurations.computeIfAbsent(language + "\u0000" + d.toMinutes(), k -> format(d, language));
  }

  private String format(Duration d, String language) {
    MeasureFormat f =
        durations.computeIfAbsent(language, l -> MeasureFormat.getInstance(ULocale.forLanguageTag(l), MeasureFormat.FormatWidth.SHORT));
    List<Measure> parts = new ArrayList<>();
    if (d.toHours() > 0) parts.add(new Measure(d.toHours(), MeasureUnit.HOUR));
    if (d.toMinutesPart() > 0) parts.add(new Measure(d.toMinutesPart(), MeasureUnit.MINUTE));
    synchronized (f) {
      // MeasureFormat instances are shared per language; formatting is cheap, so serialise it.
      return f.formatMeasures(parts.toArray(new Measure[0]));
    }
  }
}
