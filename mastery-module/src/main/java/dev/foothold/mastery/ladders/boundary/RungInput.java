package dev.foothold.mastery.ladders.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A rung as its author writes it.
 *
 * @param title a short name
 * @param task the concrete thing to do
 * @param successCriteria how the person knows it went well
 * @param difficulty the author's guess, 1 (easy) to 10 (very hard); attempts refine it
 * @param stakes LOW, MEDIUM or HIGH: what failing costs
 * @param streakNeeded genuine successes in a row before moving up (default 3)
 * @param minEffort the least effort (1–10) a success must take to count, if any
 */
public record RungInput(
    @NotBlank(message = "Give the rung a title")
        @Size(max = 120, message = "A title has at most 120 characters")
        String title,
    @NotBlank(message = "Describe the task")
        @Size(max = 2000, message = "A task has at most 2000 characters")
        String task,
    @NotBlank(message = "Say how the person knows they succeeded")
        @Size(max = 2000, message = "Success criteria have at most 2000 characters")
        String successCriteria,
    @NotNull(message = "Guess the difficulty from 1 to 10")
        @Min(value = 1, message = "Difficulty is 1 to 10")
        @Max(value = 10, message = "Difficulty is 1 to 10")
        Integer difficulty,
    @NotNull(message = "Say what failing costs: LOW, MEDIUM or HIGH")
        @Pattern(regexp = "LOW|MEDIUM|HIGH", message = "Stakes are LOW, MEDIUM or HIGH")
        String stakes,
    @Min(value = 1, message = "A streak is at least 1")
        @Max(value = 20, message = "A streak is at most 20")
        Integer streakNeeded,
    @Min(value = 1, message = "Effort is 1 to 10") @Max(value = 10, message = "Effort is 1 to 10")
        Integer minEffort) {}
