package nl.perspectief.messaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.perspectief.messaging.correspondence.api.CorrespondenceEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** The package rules of STYLE.md, as case-service keeps them, kept true by the build. */
@AnalyzeClasses(packages = "nl.perspectief.messaging", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandAndApiNeverUseWebOrIntegration = noClasses()
            .that().resideInAnyPackage("..command..", "..query..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..integration..");

    /** The correspondence speaks its own words; only the consumer of case-service's topic knows that contract. */
    @ArchTest
    static final ArchRule onlyIntegrationKnowsCaseServicesContract = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAPackage("nl.perspectief.events..");

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that().resideInAPackage("..api..")
            .and().haveNameMatching(".*(Command|Event|Query|View)").and().areNotInterfaces()
            .should().beRecords();

    @ArchTest
    static final ArchRule eventsAreCorrespondenceEvents = classes()
            .that().resideInAPackage("..api..").and().areRecords().and().haveSimpleNameEndingWith("Event")
            .should().implement(CorrespondenceEvent.class);

    @ArchTest
    static final ArchRule ruleExceptionsAreNamedAfterTheirRule = classes()
            .that().areAssignableTo(CorrespondenceRuleException.class)
            .should().haveSimpleNameEndingWith("Exception");

    /** Kafka in and out is the integration package's; the rest of the service never sees a record or a topic. */
    @ArchTest
    static final ArchRule onlyIntegrationTouchesKafka = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    /** The web reads through queries and acts through commands, never on the event store itself. */
    @ArchTest
    static final ArchRule webNeverTouchesTheEventStore = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveSimpleNameContaining("EventStore")
            .orShould().dependOnClassesThat().haveSimpleNameContaining("EventStorageEngine");

    /** The web knows the aggregate only by its typed refusals, never the aggregate or the read model's tables. */
    @ArchTest
    static final ArchRule webKnowsTheCommandSideOnlyByItsRefusals = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "command or query classes other than rule exceptions",
                    (com.tngtech.archunit.core.domain.JavaClass type) ->
                            type.getPackageName().startsWith("nl.perspectief.messaging")
                                    && (type.getPackageName().endsWith(".command") || type.getPackageName().endsWith(".query"))
                                    && !type.isAssignableTo(CorrespondenceRuleException.class)));

    /** Nothing calls an API controller: the pages and the API both go through the application service. */
    @ArchTest
    static final ArchRule nothingCallsAnApiController = noClasses()
            .that().haveSimpleNameNotEndingWith("Controller")
            .should().accessClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "this service's controllers",
                    (com.tngtech.archunit.core.domain.JavaClass type) -> type.getSimpleName().endsWith("Controller")
                            && type.getPackageName().startsWith("nl.perspectief.messaging")));

    @ArchTest
    static final ArchRule noJunkDrawerPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..common..", "..helpers..", "..impl..", "..misc..");
}
