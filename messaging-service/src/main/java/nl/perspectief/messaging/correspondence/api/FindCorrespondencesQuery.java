package nl.perspectief.messaging.correspondence.api;

/**
 * The correspondences of one mediator's cases ({@code null}: every case, for compliance), those with messages
 * awaiting review first, answered with a list of {@link CorrespondenceSummaryView}.
 */
public record FindCorrespondencesQuery(String mediatorId) {
}
