package io.finterm.service;

/** A new schedule, and the catch-up that followed it (a start in the past posts or lists what fell since). */
public record Added(ScheduleView schedule, CatchUp caughtUp) {
}
