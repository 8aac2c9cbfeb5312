package cn.xianfeng.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The engine is a pure library: the JDK and nullness annotations only — no Spring, no database, no other module. */
class EngineIsPureTests {

    @Test
    void theEngineDependsOnNothingButTheJdk() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xianfeng.engine");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("cn.xianfeng.engine..", "java..", "org.jspecify.annotations..")
            .check(engine);
    }
}
