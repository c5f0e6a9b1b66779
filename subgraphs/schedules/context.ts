import type { WarningsContext } from '../../lib/warnings.js';
import type { ScheduleService } from './domain/schedule.service.js';

export interface SchedulesContext extends WarningsContext {
  schedules: ScheduleService;
}
