package nl.perspectief.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of STYLE.md, kept true by the build. */
@AnalyzeClasses(packages = "nl.perspectief.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandAndQuerySideKnowNothingOfWebOrKafka = noClasses()
            .that().resideInAnyPackage("..command..", "..query..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..integration..");

    @ArchTest
    static final ArchRule onlyIntegrationTouchesKafka = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule onlyTheConfirmationSendsMail = noClasses()
            .that().resideOutsideOfPackage("..confirmation..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.perspectief.mailoutbox..", "org.springframework.mail..",
                    "jakarta.mail..");

    @ArchTest
    static final ArchRule messagesAreRecordsWithoutFrameworkBehaviour = classes()
            .that().resideInAPackage("..api..")
            .should().beRecords().orShould().beInterfaces()
            .andShould().onlyDependOnClassesThat().resideInAnyPackage("java..", "..api..", "nl.perspectief.events.intake.v1..",
                    "nl.perspectief.personaldata..", "org.axonframework.modelling.command..");

    @ArchTest
    static final ArchRule eventsAreFactsInThePastTense = classes()
            .that().resideInAPackage("..api..").and().areRecords().and().haveSimpleNameEndingWith("Event")
            .should().implement(nl.perspectief.intake.registration.api.RegistrationEvent.class);

    @ArchTest
    static final ArchRule webAndIntegrationDoNotKnowEachOther = slices()
            .matching("nl.perspectief.intake.(*).(web|integration)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOther = slices()
            .matching("nl.perspectief.intake.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noJunkDrawerPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..common..", "..helpers..", "..impl..", "..misc..");

    @ArchTest
    static final ArchRule ruleExceptionsAreNamedAfterTheirRule = classes()
            .that().areAssignableTo(RuntimeException.class).and().resideInAPackage("..command..")
            .should().haveSimpleNameEndingWith("Exception");
}
