import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isMySqlFamily } from '../dialect.js';
import { at } from './migration-helpers.js';

/**
 * The opinions list pages newest first by `created_at` with a keyset cursor. MySQL/MariaDB kept whole seconds, so an
 * opinion arriving in the same second as the cursor's row could sort after it and shift into the next page. Keep
 * milliseconds there. SQLite already stores them; its declared type follows (TypeORM rebuilds the table there).
 */
export class OpinionCreatedMillis1764380000000 implements MigrationInterface {
  name = 'OpinionCreatedMillis1764380000000';

  async up(qr: QueryRunner): Promise<void> {
    if (isMySqlFamily(qr.connection))
      await qr.query('ALTER TABLE `opinion` MODIFY `created_at` datetime(3) NOT NULL');
    else await qr.changeColumn('opinion', 'created_at', new TableColumn({ ...at('created_at'), precision: 3 }));
  }

  async down(qr: QueryRunner): Promise<void> {
    if (isMySqlFamily(qr.connection)) await qr.query('ALTER TABLE `opinion` MODIFY `created_at` datetime NOT NULL');
    else await qr.changeColumn('opinion', 'created_at', new TableColumn(at('created_at')));
  }
}
