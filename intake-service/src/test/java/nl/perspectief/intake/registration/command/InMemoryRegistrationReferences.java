package nl.perspectief.intake.registration.command;

import java.util.HashMap;
import java.util.Map;

/** The counter without a database, for fixture tests; the JDBC one is exercised by the service's IT. */
class InMemoryRegistrationReferences implements RegistrationReferences {

    private final Map<Integer, Integer> lastValues = new HashMap<>();

    InMemoryRegistrationReferences startingAfter(int year, int lastValue) {
        lastValues.put(year, lastValue);
        return this;
    }

    @Override
    public int next(int year) {
        return lastValues.merge(year, 1, Integer::sum);
    }
}
