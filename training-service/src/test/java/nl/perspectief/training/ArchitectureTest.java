package nl.perspectief.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.perspectief.training.course.api.CourseEvent;
import nl.perspectief.training.course.api.TrainingRuleException;
import nl.perspectief.training.session.api.SessionEvent;

/** The package rules of STYLE.md, as the other services keep them, kept true by the build. */
@AnalyzeClasses(packages = "nl.perspectief.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandQueryAndApiNeverUseWebOrIntegration = noClasses()
            .that().resideInAnyPackage("..command..", "..query..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..integration..", "..mail..");

    /** Only the publisher knows shared-events' contract; the sessions speak their own words. */
    @ArchTest
    static final ArchRule onlyIntegrationKnowsTheContracts = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAPackage("nl.perspectief.events..");

    @ArchTest
    static final ArchRule onlyIntegrationTouchesKafka = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule webNeverTouchesTheEventStore = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveSimpleNameContaining("EventStore")
            .orShould().dependOnClassesThat().haveSimpleNameContaining("EventStorageEngine")
            .allowEmptyShould(true);

    /** Features meet through their api: another feature's aggregate or read model is never used directly. */
    @ArchTest
    static final ArchRule featuresMeetThroughTheirApi = noClasses()
            .that().resideInAPackage("nl.perspectief.training.session..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.perspectief.training.course.command..",
                    "nl.perspectief.training.course.query..");

    /** The web knows the command side only by its typed refusals. */
    @ArchTest
    static final ArchRule webKnowsTheCommandSideOnlyByItsRefusals = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat(DescribedPredicate.describe("command or query classes other than rule exceptions",
                    (JavaClass type) -> type.getPackageName().startsWith("nl.perspectief.training")
                            && (type.getPackageName().endsWith(".command") || type.getPackageName().endsWith(".query"))
                            && !type.isAssignableTo(TrainingRuleException.class)))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that().resideInAPackage("..api..")
            .and().haveNameMatching(".*(Command|Event|Query|View)").and().areNotInterfaces()
            .should().beRecords();

    @ArchTest
    static final ArchRule eventsBelongToTheirAggregate = classes()
            .that().resideInAPackage("..api..").and().areRecords().and().haveSimpleNameEndingWith("Event")
            .should().implement(CourseEvent.class).orShould().implement(SessionEvent.class);

    @ArchTest
    static final ArchRule ruleExceptionsAreNamedAfterTheirRule = classes()
            .that().areAssignableTo(TrainingRuleException.class)
            .should().haveSimpleNameEndingWith("Exception");

    @ArchTest
    static final ArchRule noJunkDrawerPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..common..", "..helpers..", "..impl..", "..misc..");
}
