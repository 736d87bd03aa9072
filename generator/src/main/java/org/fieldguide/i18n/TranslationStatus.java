package org.fieldguide.i18n;

import java.util.ArrayList;
import java.util.List;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.model.TranslationState;

/** Counts, per language, what is translated, missing and outdated: pages and interface strings. */
public final class TranslationStatus {
  private TranslationStatus() {}

  public static List<LanguageStatus> of(SiteTree tree, UiStrings strings) {
    String def = tree.config().defaultLanguage();
    List<LanguageStatus> out = new ArrayList<>();
    for (LanguageConfig l : tree.config().languages()) {
      int pages = 0, translated = 0, missing = 0, outdated = 0, unstamped = 0;
      List<String> outdatedFiles = new ArrayList<>();
      for (Page p : tree.pages()) {
        // Sections without any _index.md have no text to translate.
        if (!p.language().equals(l.code()) || p.content().isEmpty()) continue;
        pages++;
        TranslationState s = p.translation();
        if (s == TranslationState.ORIGINAL || s.isTranslated()) translated++;
        if (s == TranslationState.FALLBACK) missing++;
        if (s == TranslationState.UNSTAMPED) unstamped++;
        if (s == TranslationState.OUTDATED) {
          outdated++;
          outdatedFiles.add(p.content().get().source().displayPath());
        }
      }
      outdatedFiles.sort(null);
      out.add(new LanguageStatus(l.code(), l.name(), l.code().equals(def), pages, translated, missing, outdated, unstamped,
          strings.missingKeys(l.code()), List.copyOf(outdatedFiles)));
    }
    return List.copyOf(out);
  }
}
