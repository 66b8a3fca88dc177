package nl.perspectief.messaging;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Letters and messages between the parties of a case, relayed and reviewed by its mediator. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MessagingServiceApplication {

    public static void main(String[] args) {
        // Axon's update checker calls out to the internet; the system property is its documented switch
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(MessagingServiceApplication.class, args);
    }
}
