package nl.perspectief.events.training.v1;

/** Who a course is for. */
public enum Audience {
    /** People who committed an offence: empathy, taking responsibility; often in prison or with probation. */
    PERPETRATORS,
    /** Professionals who work with offenders: talking about guilt and victims. */
    PROFESSIONALS
}
