package nl.perspectief.training;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running service (see {@link RunningTrainingService}, whose clock is a {@link MovableClock}) for the trainers'
 * tests, which move its clock on: a session is planned with its days ahead (enrolment closes before the first day),
 * then its days come. Each test leaves the clock at the real time for the next.
 */
public abstract class RunningTrainingServiceOnAMovableClock extends RunningTrainingService {

    @Autowired
    protected MovableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }
}
