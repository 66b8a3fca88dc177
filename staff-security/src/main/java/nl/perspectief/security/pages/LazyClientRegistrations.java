package nl.perspectief.security.pages;

import java.util.function.Supplier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.util.function.SingletonSupplier;

/**
 * The pages' client registration, resolved from the provider's published configuration on the first sign-in,
 * not at start-up (as the APIs' token decoder): a service starts while the provider is still starting, and
 * asks again on the next sign-in when it could not be reached. Deliberately not {@code Iterable}: Spring
 * Security would read every registration while configuring itself, at start-up.
 */
public final class LazyClientRegistrations implements ClientRegistrationRepository {

    private final SingletonSupplier<ClientRegistrationRepository> registrations;

    public LazyClientRegistrations(Supplier<ClientRegistrationRepository> resolve) {
        // a supplier that throws is asked again next time: nothing is cached until discovery succeeds
        this.registrations = SingletonSupplier.of(resolve);
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return registrations.obtain().findByRegistrationId(registrationId);
    }
}
