package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.evidence.boundary.DebriefInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One attempt at the current rung, as the person reports it.
 *
 * @param outcome SUCCESS, PARTIAL or NOT_YET
 * @param effort how hard they worked, 1 to 10
 * @param feltDifficulty how hard it felt, 1 to 10
 * @param confidenceBefore how sure they were beforehand, 0 to 100
 * @param help INDEPENDENT, COACH, PEER or AI_TOOL
 * @param ownShare how much of the outcome was their own doing, 0 to 100 percent
 * @param toolUse with AI_TOOL: OWN_ATTEMPT_FIRST or TOOL_PRODUCED
 * @param confidenceAfter how sure they are now of doing it again, 0 to 100
 * @param checkInId the pre-attempt check-in this attempt followed, if any
 * @param debrief the debrief in their own words; a success counts toward the streak only with a
 *     complete one
 */
public record AttemptInput(
    @NotNull(message = "Say how it went: SUCCESS, PARTIAL or NOT_YET")
        @Pattern(
            regexp = "SUCCESS|PARTIAL|NOT_YET",
            message = "The outcome is SUCCESS, PARTIAL or NOT_YET")
        String outcome,
    @NotNull(message = "Rate your effort from 1 to 10")
        @Min(value = 1, message = "Effort is 1 to 10")
        @Max(value = 10, message = "Effort is 1 to 10")
        Integer effort,
    @NotNull(message = "Rate how hard it felt from 1 to 10")
        @Min(value = 1, message = "Felt difficulty is 1 to 10")
        @Max(value = 10, message = "Felt difficulty is 1 to 10")
        Integer feltDifficulty,
    @NotNull(message = "Rate your confidence before, 0 to 100")
        @Min(value = 0, message = "Confidence is 0 to 100")
        @Max(value = 100, message = "Confidence is 0 to 100")
        Integer confidenceBefore,
    @NotNull(message = "Say who or what helped: INDEPENDENT, COACH, PEER or AI_TOOL")
        @Pattern(
            regexp = "INDEPENDENT|COACH|PEER|AI_TOOL",
            message = "Help is INDEPENDENT, COACH, PEER or AI_TOOL")
        String help,
    @NotNull(message = "Say how much of it was your own doing, 0 to 100")
        @Min(value = 0, message = "Own share is 0 to 100")
        @Max(value = 100, message = "Own share is 0 to 100")
        Integer ownShare,
    @Pattern(
            regexp = "OWN_ATTEMPT_FIRST|TOOL_PRODUCED",
            message = "Tool use is OWN_ATTEMPT_FIRST or TOOL_PRODUCED")
        String toolUse,
    @Min(value = 0, message = "Confidence is 0 to 100")
        @Max(value = 100, message = "Confidence is 0 to 100")
        Integer confidenceAfter,
    @Size(max = 64, message = "A check-in id has at most 64 characters") String checkInId,
    @Valid DebriefInput debrief) {}
