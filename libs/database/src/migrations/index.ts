import { Foundation1764140000000 } from './1764140000000-foundation.js';
import { DraftsAndTasks1764150000000 } from './1764150000000-drafts-and-tasks.js';

/** The one migration history, in order; it runs on SQLite and MySQL/MariaDB alike. */
export const MIGRATIONS = [Foundation1764140000000, DraftsAndTasks1764150000000];
