package nl.perspectief.cases.operations.web;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.perspectief.cases.config.ReadModelRebuild;

/**
 * The operator's view of case-service's read models (role ADMIN): where each stands, and rebuilding them from the
 * event store on the running service (after a projection's code changed, or to check that the read models are what
 * the events say). Holds no case data: names, positions and states only.
 */
@RestController
@RequestMapping(path = "/api/admin/read-models", produces = MediaType.APPLICATION_JSON_VALUE)
class ReadModelController {

    private final ReadModelRebuild rebuild;

    ReadModelController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** @param confirm must say {@code rebuild}: a rebuild empties the lists until it has caught up */
    record RebuildRequest(@NotNull @Pattern(regexp = "rebuild") String confirm) {
    }

    @Operation(summary = "The read models and where each stands",
            description = "Per read model: running, rebuilding (reading events again after a reset), caught up with "
                    + "the event store, and the highest event position handled.")
    @ApiResponse(responseCode = "200", description = "The read models")
    @GetMapping
    ResponseEntity<List<ReadModelRebuild.ReadModel>> readModels() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(rebuild.readModels());
    }

    @Operation(summary = "Rebuild every read model from the event store",
            description = "Resets the case overview and the timeline to the first event and reads every event again "
                    + "while the service keeps answering; the lists and pages show what is rebuilt so far until "
                    + "GET says caughtUp. Asks {\"confirm\": \"rebuild\"}.")
    @ApiResponse(responseCode = "202", description = "Rebuilding: the read models right after the restart")
    @ApiResponse(responseCode = "400", description = "Without {\"confirm\": \"rebuild\"}")
    @PostMapping(path = "/rebuild", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ReadModelRebuild.ReadModel>> rebuildAll(@Valid @RequestBody RebuildRequest request) {
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(rebuild.rebuildAll());
    }
}
