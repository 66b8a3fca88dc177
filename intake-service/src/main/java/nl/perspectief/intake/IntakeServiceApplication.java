package nl.perspectief.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IntakeServiceApplication {

    public static void main(String[] args) {
        // Axon's update checker calls out to the internet; only the system property is documented to stop it
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(IntakeServiceApplication.class, args);
    }
}
