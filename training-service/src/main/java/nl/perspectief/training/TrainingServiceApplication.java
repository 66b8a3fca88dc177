package nl.perspectief.training;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Courses for perpetrators and for professionals: sessions, enrolment, waiting lists, attendance, certificates. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TrainingServiceApplication {

    public static void main(String[] args) {
        // Axon's update checker calls out to the internet; the system property is its documented switch
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(TrainingServiceApplication.class, args);
    }
}
