package nl.perspectief.training.session.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.perspectief.training.course.web.ActingStaff;

/**
 * The trainers' API of a perpetrators' session's referral links (role TRAINER): the links to hand to professionals (a
 * probation officer, prison staff), so they can enrol a perpetrator themselves without an account
 * ({@link ReferralLinkSteps}). A link is a secret: it is answered with {@code Cache-Control: no-store}.
 */
@RestController
@RequestMapping(path = "/api/sessions/{sessionId}/referral-links", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralLinkController {

    private final ReferralLinkSteps steps;

    ReferralLinkController(ReferralLinkSteps steps) {
        this.steps = steps;
    }

    @Operation(summary = "The session's referral links not revoked", description = "The oldest first.")
    @ApiResponse(responseCode = "200", description = "The links")
    @ApiResponse(responseCode = "404", description = "No such session")
    @GetMapping
    ResponseEntity<List<ReferralLinkSteps.Link>> links(@PathVariable UUID sessionId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(steps.active(ActingStaff.current(), sessionId));
    }

    @Operation(summary = "A new referral link", description = "For a perpetrators' session that is planned, open or "
            + "full. Hand it to a professional: with it they read the session and enrol someone, on its page or with "
            + "POST /api/public/referrals/{token}/enrolments.")
    @ApiResponse(responseCode = "201", description = "The link")
    @ApiResponse(responseCode = "404", description = "No such session")
    @ApiResponse(responseCode = "422", description = "training-rule: ReferralLinkOnlyForPerpetrators, "
            + "ReferralLinkOnlyWhileEnrolling")
    @PostMapping
    ResponseEntity<ReferralLinkSteps.Link> issue(@PathVariable UUID sessionId) {
        ReferralLinkSteps.Link link = steps.issue(ActingStaff.current(), sessionId);
        return ResponseEntity.status(201).cacheControl(CacheControl.noStore()).body(link);
    }

    @Operation(summary = "Revoke a referral link", description = "It opens nothing from now on; enrolments made with it "
            + "stay.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such session, or no such link of it not revoked")
    @PostMapping("/{linkId}/revoke")
    ResponseEntity<Void> revoke(@PathVariable UUID sessionId, @PathVariable UUID linkId) {
        steps.revoke(ActingStaff.current(), sessionId, linkId);
        return ResponseEntity.noContent().build();
    }
}
