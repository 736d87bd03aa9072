package org.fieldguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Pins the direction of dependencies: cli → build → stages → model, never back. */
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
    noClasses().that().resideOutsideOfPackages("org.fieldguide.cli..", "org.fieldguide.build..")
        .should().dependOnClassesThat().resideInAPackage("org.fieldguide.build..").check(CLASSES);
  }

  @Test
  void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("org.fieldguide.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.fieldguide.markdown..", "org.fieldguide.theme..", "org.fieldguide.link..", "org.fieldguide.render..",
            "org.fieldguide.output..", "org.fieldguide.html..", "org.fieldguide.i18n..")
        .check(CLASSES);
  }

  @Test
  void markdownKnowsNothingOfThemesOrOutput() {
    noClasses().that().resideInAPackage("org.fieldguide.markdown..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.fieldguide.theme..", "org.fieldguide.output..", "org.fieldguide.link..", "org.fieldguide.render..", "org.fieldguide.i18n..")
        .check(CLASSES);
  }

  @Test
  void searchIsFedRecordsAndKnowsNoOtherStage() {
    // The engine hands search its documents (see build.SiteSearch), so either side can change alone.
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.fieldguide.search..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.fieldguide.search..", "java..", "org.apache.lucene..", "org.tartarus.snowball..")
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
