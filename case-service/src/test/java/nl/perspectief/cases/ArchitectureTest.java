package nl.perspectief.cases;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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

import nl.perspectief.cases.casefile.api.CaseRuleException;

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

    /**
     * The case's events, commands, views and pages use the case's own words: only the consumer of intake's topic
     * knows intake's contract, and maps it, so the case's event store is never tied to another service's wire types.
     */
    @ArchTest
    static final ArchRule onlyTheConsumerKnowsIntakesContract = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAPackage("nl.perspectief.events.intake..");

    /** The web layer sends commands and asks queries; of the command side it knows only the rules' names (their exceptions). */
    @ArchTest
    static final ArchRule webReadsThroughQueriesOnly = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat(resideInAnyPackage("nl.perspectief.cases..command..", "nl.perspectief.cases..query..",
                    "org.springframework.jdbc..").and(not(assignableTo(RuntimeException.class))))
            .orShould().dependOnClassesThat(resideInAnyPackage("nl.perspectief.cases..command..")
                    .and(assignableTo(RuntimeException.class)).and(not(assignableTo(CaseRuleException.class))));

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
