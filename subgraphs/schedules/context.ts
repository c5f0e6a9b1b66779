import type { WarningsContext } from '../../lib/warnings.js';
import type { ScheduleEventBus } from './domain/schedule-events.js';
import type { ScheduleService } from './domain/schedule.service.js';

export interface SchedulesContext extends WarningsContext {
  schedules: ScheduleService;
  /** The schedule's events, as every instance hears them. */
  events: ScheduleEventBus;
}
