package nl.perspectief.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Event-sourced cases, opened from intake's registrations; mediators run them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseServiceApplication {

    public static void main(String[] args) {
        // Axon's update checker calls out to the internet; the system property is its documented switch
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CaseServiceApplication.class, args);
    }
}
