package nl.perspectief.training.course.api;

/** Whom a course is for: its sessions are announced, enrolled and certified accordingly. */
public enum Audience {
    /** People who caused harm: empathy, taking responsibility; often in prisons or with probation. */
    PERPETRATORS,
    /** Professionals who work with offenders: talking about guilt and victims; may be accredited. */
    PROFESSIONALS
}
