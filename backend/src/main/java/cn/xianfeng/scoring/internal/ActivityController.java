package cn.xianfeng.scoring.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.schemes.ActivityKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Activities")
@Validated
@RestController
@RequestMapping("/api/v1/activities")
class ActivityController {

    private final Activities activities;

    ActivityController(Activities activities) {
        this.activities = activities;
    }

    @Operation(summary = "Schedule a branch activity (三会一课, 主题党日…) with its participants")
    @ApiResponse(responseCode = "201", description = "Scheduled", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller does not keep the branch's records")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @PostMapping
    ResponseEntity<ActivityView> schedule(@Valid @RequestBody ActivityRequests.Schedule request) {
        UUID id = activities.schedule(request);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(ActivityView.of(activities.readable(id)));
    }

    @Operation(summary = "The activities under an org, by month (YYYY-MM), latest first")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping
    List<ActivityView> list(@RequestParam UUID orgId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month) {
        return activities.under(orgId, month == null ? null : YearMonth.parse(month)).stream().map(ActivityView::of).toList();
    }

    @Operation(summary = "One activity with its participants' attendance")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such activity within the caller's reach")
    @GetMapping("/{id}")
    ActivityView one(@PathVariable UUID id) {
        return ActivityView.of(activities.readable(id));
    }

    @Operation(summary = "Mark attendance in bulk; after finalising, with a reason, writing corrections for changed points")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. a member not of the branch, or no reason for a correction")
    @ApiResponse(responseCode = "403", description = "The caller does not keep the branch's records")
    @ApiResponse(responseCode = "404", description = "No such activity within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version")
    @PutMapping("/{id}/attendance")
    ActivityView mark(@PathVariable UUID id, @Valid @RequestBody ActivityRequests.MarkAttendance request) {
        activities.mark(id, request);
        return ActivityView.of(activities.readable(id));
    }

    @Operation(summary = "Finalise the attendance: writes each participant's points through the scheme's attendance items")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Someone's attendance is unmarked, the day has not come, or no scheme applies")
    @ApiResponse(responseCode = "403", description = "The caller does not keep the branch's records")
    @ApiResponse(responseCode = "404", description = "No such activity within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or already finalised")
    @PostMapping("/{id}/finalise")
    ActivityView finalise(@PathVariable UUID id, @Valid @RequestBody ActivityRequests.Finalise request) {
        activities.finalise(id, request.version());
        return ActivityView.of(activities.readable(id));
    }

    record ParticipantView(UUID memberId, String name,
            @Schema(types = {"string", "null"}, description = "PRESENT, LEAVE, ABSENT, LATE or LEFT_EARLY; null until marked")
            @Nullable String attendance, boolean host, boolean minutes) {
    }

    record ActivityView(UUID id, UUID orgId, UUID branchId, ActivityKind kind, String title, LocalDate heldOn,
            @Schema(types = {"string", "null"}) @Nullable String location, String status, long version, List<ParticipantView> participants) {

        static ActivityView of(Activities.Row row) {
            return new ActivityView(row.id(), row.orgId(), row.branchId(), row.kind(), row.title(), row.heldOn(), row.location(), row.status(),
                    row.version(), row.participants().stream()
                        .map(participant -> new ParticipantView(participant.memberId(), participant.name(), participant.attendance(),
                                participant.host(), participant.minutes()))
                        .toList());
        }
    }
}
