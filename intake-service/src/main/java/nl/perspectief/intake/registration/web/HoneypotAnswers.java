package nl.perspectief.intake.registration.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Year;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.perspectief.intake.registration.api.RegistrationReceipt;

/** Answers a bot like a person, so it learns nothing from the reply; the answer refers to nothing stored. */
@Component
class HoneypotAnswers {

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    HoneypotAnswers(Clock clock) {
        this.clock = clock;
    }

    RegistrationReceipt plausibleReceipt() {
        return new RegistrationReceipt(UUID.randomUUID(),
                "PH-%d-%05d".formatted(Year.now(clock).getValue(), 1 + random.nextInt(9_999)));
    }
}
