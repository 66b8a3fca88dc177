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

    @ArchTest
    static final ArchRule noJunkDrawerPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..common..", "..helpers..", "..impl..", "..misc..");
}
