package nl.perspectief.cases;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseRuleException;

/** The package rules of STYLE.md, kept true by the build. */
@AnalyzeClasses(packages = "nl.perspectief.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE_ROLE = Pattern.compile(
            "nl\\.perspectief\\.cases\\.(opening|triage|parties|consent|contact|closure|notes|compliance)\\.(command|query|web)(\\..*)?"
                    + "|nl\\.perspectief\\.cases\\.(casefile)\\.(command|query)(\\..*)?");

    @ArchTest
    static final ArchRule commandAndQueryNeverUseWebOrIntegration = noClasses()
            .that().resideInAnyPackage("..command..", "..query..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..integration..");

    @ArchTest
    static final ArchRule onlyIntegrationTouchesKafka = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    /**
     * The case's events, commands, views, read models and pages use the case's own words: only the consumers of
     * intake's and messaging-service's topics know their contracts, and map them, so neither the case's event store
     * nor its tables and API are tied to another service's wire types.
     */
    @ArchTest
    static final ArchRule onlyTheConsumersKnowOtherServicesContracts = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.perspectief.events.intake..",
                    "nl.perspectief.events.messaging..");

    /** The web layer sends commands and asks queries; of the command side it knows only the rules' names (their exceptions). */
    @ArchTest
    static final ArchRule webReadsThroughQueriesOnly = noClasses()
            .that().resideInAnyPackage("..web..", "nl.perspectief.cases.steps..")
            .should().dependOnClassesThat(resideInAnyPackage("nl.perspectief.cases..command..", "nl.perspectief.cases..query..",
                    "org.springframework.jdbc..").and(not(assignableTo(RuntimeException.class))))
            .orShould().dependOnClassesThat(resideInAnyPackage("nl.perspectief.cases..command..")
                    .and(assignableTo(RuntimeException.class)).and(not(assignableTo(CaseRuleException.class))));

    /** What a case is comes from its events through Axon's aggregate and the read models, never from a web layer reading the store. */
    @ArchTest
    static final ArchRule webNeverTouchesTheEventStore = noClasses()
            .that().resideInAnyPackage("..web..", "nl.perspectief.cases.steps..")
            .should().dependOnClassesThat().areAssignableTo(EventStore.class)
            .orShould().dependOnClassesThat().areAssignableTo(EventStorageEngine.class);

    /** The API and the pages call the feature's application service; nothing calls an API controller. */
    @ArchTest
    static final ArchRule nothingCallsAnApiController = noClasses()
            .that().areNotAnnotatedWith(RestControllerAdvice.class) // an advice names the controllers it answers for
            .should().dependOnClassesThat().areAnnotatedWith(RestController.class);

    @ArchTest
    static final ArchRule noJunkDrawerPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..common..", "..helpers..", "..impl..", "..misc..");

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that().resideInAPackage("..api..")
            .and().haveNameMatching(".*(Command|Event|Query|View|Receipt)").and().areNotInterfaces()
            .should().beRecords();

    @ArchTest
    static final ArchRule eventsAreCaseEvents = classes()
            .that().resideInAPackage("..api..").and().areRecords().and().haveSimpleNameEndingWith("Event")
            .should().implement(CaseEvent.class);

    @ArchTest
    static final ArchRule ruleExceptionsAreNamedAfterTheirRule = classes()
            .that().areAssignableTo(CaseRuleException.class)
            .should().haveSimpleNameEndingWith("Exception");

    /**
     * Features reach each other only through their {@code api}: the command and web packages of a feature are its
     * own, and so are the case file's aggregate and read models ({@code casefile.command}, {@code casefile.query}).
     * Every feature's pages live in the frame of the case's page and paths ({@code casefile.web}), which they may use.
     * Two exceptions, both by design: the {@code Case} aggregate ({@code casefile.command}) composes every
     * feature's member, and a refused step's exception (a {@link CaseRuleException}) travels to whichever web layer
     * sent it, typed.
     */
    @ArchTest
    static final ArchRule featuresReachEachOtherOnlyThroughApi = noClasses()
            .should(reachIntoAnotherFeatureOutsideItsApi());

    private static ArchCondition<JavaClass> reachIntoAnotherFeatureOutsideItsApi() {
        return new ArchCondition<>("reach into another feature other than through its api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String originFeature = featureOf(origin.getPackageName());
                String originRole = roleOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Matcher targetPackage = FEATURE_ROLE.matcher(target.getPackageName());
                    if (!targetPackage.matches()) {
                        continue;
                    }
                    String targetFeature = targetPackage.group(1) != null ? targetPackage.group(1) : targetPackage.group(4);
                    String targetRole = targetPackage.group(1) != null ? targetPackage.group(2) : targetPackage.group(5);
                    if (targetFeature.equals(originFeature)) {
                        continue;
                    }
                    boolean aggregateComposesMember = originFeature.equals("casefile") && originRole.equals("command")
                            && targetRole.equals("command");
                    boolean typedRefusal = target.isAssignableTo(CaseRuleException.class);
                    if (!aggregateComposesMember && !typedRefusal) {
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

    private static String roleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 4 ? parts[4] : "";
    }
}
