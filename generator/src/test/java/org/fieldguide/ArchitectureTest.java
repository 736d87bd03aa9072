package org.fieldguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Pins the direction of dependencies: cli → build → emit → theme → validate/link → model → index →
 * markdown/frontmatter → content/config → diagnostic, never back.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fieldguide");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.fieldguide.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyTheCommandLineUsesTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("org.fieldguide.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.fieldguide.cli..").check(CLASSES);
  }

  @Test
  void onlyTheCommandLineKnowsTheBuildSequence() {
    noClasses().that().resideOutsideOfPackages("org.fieldguide.cli..", "org.fieldguide.build..", "org.fieldguide.serve..")
        .should().dependOnClassesThat().resideInAPackage("org.fieldguide.build..").check(CLASSES);
  }

  /** The development server reaches the build through one class, so an incremental build can replace it there alone. */
  @Test
  void serveKnowsTheBuildOnlyThroughItsRebuilder() {
    noClasses().that().resideInAPackage("org.fieldguide.serve..").and().doNotHaveSimpleName("FullRebuilder")
        .should().dependOnClassesThat().resideInAnyPackage("org.fieldguide.build..", "org.fieldguide.model..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCommandLineStartsTheServer() {
    noClasses().that().resideOutsideOfPackages("org.fieldguide.cli..", "org.fieldguide.serve..")
        .should().dependOnClassesThat().resideInAPackage("org.fieldguide.serve..").check(CLASSES);
  }

  @Test
  void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("org.fieldguide.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.fieldguide.markdown..", "org.fieldguide.theme..", "org.fieldguide.link..", "org.fieldguide.emit..",
            "org.fieldguide.output..", "org.fieldguide.html..", "org.fieldguide.i18n..", "org.fieldguide.validate..")
        .check(CLASSES);
  }

  @Test
  void markdownKnowsNothingOfThemesOrOutput() {
    noClasses().that().resideInAPackage("org.fieldguide.markdown..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.fieldguide.theme..", "org.fieldguide.output..", "org.fieldguide.link..", "org.fieldguide.emit..", "org.fieldguide.i18n..",
            "org.fieldguide.index..", "org.fieldguide.model..")
        .check(CLASSES);
  }

  @Test
  void theIndexKnowsNothingOfTheSiteItFeeds() {
    noClasses().that().resideInAPackage("org.fieldguide.index..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.fieldguide.model..", "org.fieldguide.link..", "org.fieldguide.validate..", "org.fieldguide.theme..",
            "org.fieldguide.emit..", "org.fieldguide.output..")
        .check(CLASSES);
  }

  @Test
  void checksArePureOverTheIndexAndNeverRenderOrWrite() {
    noClasses().that().resideInAnyPackage("org.fieldguide.link", "org.fieldguide.validate..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.fieldguide.theme..", "org.fieldguide.emit..", "org.fieldguide.output..", "org.fieldguide.markdown.MarkdownEngine")
        .check(CLASSES);
  }

  @Test
  void alertChecksKnowNothingOfHowPagesAreRenderedOrPublished() {
    // What the alert checks need of the site comes through RunbookUrls and PublishedUrls.
    noClasses().that().resideInAPackage("org.fieldguide.alert..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.fieldguide.markdown..", "org.fieldguide.render..", "org.fieldguide.html..", "org.fieldguide.link..",
            "org.fieldguide.model..", "org.fieldguide.output..", "org.fieldguide.theme..", "org.fieldguide.build..")
        .check(CLASSES);
  }

  @Test
  void searchIsFedRecordsAndKnowsNoOtherStage() {
    // The engine hands search its documents (see build.SiteSearch), so either side can change alone.
    // Jackson reads back a published term shard (search.IndexPatch).
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.fieldguide.search..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.fieldguide.search..", "org.fieldguide.concurrent..", "java..", "org.apache.lucene..",
            "org.tartarus.snowball..", "org.apache.commons.codec.digest..", "org.fieldguide.digest..", "com.fasterxml.jackson.core..",
            "com.fasterxml.jackson.databind..")
        .check(CLASSES);
  }

  @Test
  void offlineFilesAreFedRecordsAndKnowNoOtherStage() {
    // The build hands it the site's languages and the staged folder (see build.SiteOffline).
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.fieldguide.offline..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.fieldguide.offline..", "org.fieldguide.concurrent..",
            "org.fieldguide.digest..", "java..", "com.fasterxml.jackson.core..")
        .check(CLASSES);
  }

  @Test
  void stagesShareOutWorkThroughAnInterfaceThatKnowsNothingOfThem() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.fieldguide.concurrent..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.fieldguide.concurrent..", "java..")
        .check(CLASSES);
  }

  /** Digests and orders of texts, for any stage: they know nothing but texts. */
  @Test
  void digestsKnowNoStage() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.fieldguide.digest..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.fieldguide.digest..", "java..")
        .check(CLASSES);
  }

  @Test
  void noStaticMutableState() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
        .that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.fieldguide..")
        .should().beFinal()
        .check(CLASSES);
  }
}
