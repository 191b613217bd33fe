import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An account whose password someone else set (resetAccountPassword) must change it at its next sign-in: the flag is
 * raised by the reset and cleared by 修改密码. Existing accounts start without it.
 */
export class AccountMustChangePassword1765250000000 implements MigrationInterface {
  name = 'AccountMustChangePassword1765250000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn(
      'account',
      new TableColumn({ name: 'must_change_password', type: 'boolean', default: 0 }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('account', 'must_change_password');
  }
}
