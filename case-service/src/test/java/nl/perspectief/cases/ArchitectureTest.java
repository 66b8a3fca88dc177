package nl.perspectief.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The package rules of STYLE.md, kept true by the build. */
@AnalyzeClasses(packages = "nl.perspectief.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE_ROLE = Pattern.compile("nl\\.perspectief\\.cases\\.(\\w+)\\.(command|query)(\\..*)?");

    @ArchTest
    static final ArchRule commandAndQueryNeverUseWebOrIntegration = noClasses()
            .that().resideInAnyPackage("..command..", "..query..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..integration..");

    @ArchTest
    static final ArchRule onlyIntegrationTouchesKafka = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule webReadsThroughQueriesOnly = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..command..", "..query..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersCommandOrQuery = noClasses()
            .should(reachIntoTheCommandOrQueryOfAnotherFeature());

    private static ArchCondition<JavaClass> reachIntoTheCommandOrQueryOfAnotherFeature() {
        return new ArchCondition<>("reach into the command or query package of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String originFeature = featureOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = FEATURE_ROLE.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches() && !target.group(1).equals(originFeature)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String featureOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 3 ? parts[3] : "";
    }
}
